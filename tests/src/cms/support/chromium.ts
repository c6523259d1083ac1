import { existsSync } from 'node:fs';

/** Debian's Chromium, unless MPP_CHROMIUM_PATH names another build. */
function wantedChromiumPath(): string {
  return process.env.MPP_CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

/** Where Chromium is, when it is installed; null otherwise (the browser suite is then skipped). */
export const chromiumPath: string | null = existsSync(wantedChromiumPath()) ? wantedChromiumPath() : null;

/** The one plain message `npm test` prints when it cannot run the browser suite. */
export function chromiumMissingMessage(): string {
  return `CMS browser tests skipped: Chromium not found at ${wantedChromiumPath()}; install it with \`apt-get install -y chromium\``;
}

/** Why the browser suite fails when CI (MPP_REQUIRE_BROWSER=1) requires it and Chromium is missing. */
export function chromiumRequiredMessage(): string {
  return `CMS browser tests cannot run: Chromium not found at ${wantedChromiumPath()}, and MPP_REQUIRE_BROWSER=1 requires them; install it with \`apt-get install -y chromium\``;
}
