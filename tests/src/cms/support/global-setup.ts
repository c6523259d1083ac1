import { chromiumMissingMessage, chromiumPath } from './chromium';

/**
 * Jest's global setup: says once per run, plainly, that the CMS browser suite is skipped because
 * Chromium is missing (each browser spec then skips itself). With MPP_REQUIRE_BROWSER=1 (CI) the
 * specs fail instead, so there is nothing to announce here.
 */
export default function announceSkippedBrowserSuite(): void {
  if (!chromiumPath && process.env.MPP_REQUIRE_BROWSER !== '1') process.stdout.write(`\n${chromiumMissingMessage()}\n\n`);
}
