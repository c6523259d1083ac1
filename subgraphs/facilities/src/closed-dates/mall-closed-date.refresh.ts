import type { EntityManager } from '@mikro-orm/knex';
import { clock, type Logger, type PlatformConfig } from '@mpp/kit';
import type { BackgroundWork } from '@mpp/kit/subgraph';
import { publishedClosedDates, type PublishedClosedDate } from '../public-api/public-directory';
import { MallClosedDate } from './mall-closed-date.entity';

/*
 * One calendar: the queueing subgraph owns the mall's closed dates (editors enter a holiday once,
 * with setClosedDates), and this subgraph keeps a copy in its own table, refreshed through the
 * gateway's public API as an anonymous caller — never from queueing's database.
 *
 * When: at start (in the background: a start never waits for the gateway nor fails without it,
 * and queueing or the gateway may start later), then every MPP_CLOSED_DATES_REFRESH_SECONDS
 * (60 by default), for this year and the next. A refresh that fails — the gateway or queueing
 * unreachable, an answer with errors — changes nothing: "open now" goes on from the last copy,
 * which survives restarts. Until a process's first refresh succeeds it tries again after
 * RETRY_AFTER_FAILURE_MS (or the refresh interval, if shorter): the gateway is expected to come
 * up soon after it (npm start starts the gateway after the subgraphs); afterwards at the refresh
 * interval, failing or not. A warning is logged once for each run of failures, but not in the
 * first STARTUP_GRACE_MS of a process that has not refreshed yet. Replicas
 * refresh each on its own; they write the same rows (upserts) only when the copy differs, so
 * they never conflict.
 *
 * For how long: while the subgraph serves. It is the subgraph's background work (subgraph.ts),
 * started once it listens and stopped before its database closes; its timer never keeps a
 * process alive.
 */

export const RETRY_AFTER_FAILURE_MS = 2_000;
export const STARTUP_GRACE_MS = 30_000;

/** Starts keeping the copy of the closed dates fresh; returns at once, with what stops it. */
export function keepClosedDatesFresh(em: EntityManager, config: PlatformConfig, logger: Logger): BackgroundWork {
  const refresher = new ClosedDateRefresher(em.fork(), config, logger.child({ task: 'closed-date refresh' }));
  refresher.start();
  return () => refresher.stop();
}

class ClosedDateRefresher {
  /** While failing: since when. */
  private failingSince: Date | null = null;
  /** Whether this run of failures has been warned about. */
  private warned = false;
  private refreshedOnce = false;
  private readonly startedAt = Date.now();
  private stopped = false;
  private nextTurn: NodeJS.Timeout | undefined;
  /** The refresh under way, if any: stopping waits for it (it writes to the database). */
  private turn: Promise<void> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly config: PlatformConfig,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.turn = this.refreshAndSchedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.nextTurn);
    await this.turn;
  }

  private async refreshAndSchedule(): Promise<void> {
    try {
      const changed = await refreshClosedDateCopy(this.em.fork(), this.config);
      if (this.warned) this.logger.info('refreshed the closed dates again', { failingSince: this.failingSince?.toISOString() });
      if (changed > 0) this.logger.info('the closed dates changed', { changed });
      this.failingSince = null;
      this.warned = false;
      this.refreshedOnce = true;
    } catch (error) {
      if (this.stopped) return;
      this.failingSince ??= new Date();
      const reason = error instanceof Error ? error.message : String(error);
      const starting = !this.refreshedOnce && Date.now() - this.startedAt < STARTUP_GRACE_MS;
      if (starting) {
        this.logger.debug('cannot refresh the closed dates yet: the gateway may not be up', { reason });
      } else if (!this.warned) {
        this.warned = true;
        this.logger.warn('cannot refresh the closed dates: open now goes on from the last copy', { reason });
      }
    }
    if (this.stopped) return;
    const intervalMs = this.config.closedDatesRefreshSeconds * 1000;
    const delayMs = this.refreshedOnce ? intervalMs : Math.min(RETRY_AFTER_FAILURE_MS, intervalMs);
    this.nextTurn = setTimeout(() => {
      this.turn = this.refreshAndSchedule();
    }, delayMs);
    this.nextTurn.unref();
  }
}

/**
 * Brings the copy of this year's and next year's closed dates in line with what the public API
 * publishes, in one transaction; how many dates it added, changed or removed. Rejects (changing
 * nothing) when the API cannot answer. Older years stay as last copied.
 */
export async function refreshClosedDateCopy(em: EntityManager, config: PlatformConfig): Promise<number> {
  const thisYear = Number(clock.today().slice(0, 4));
  const published = await publishedClosedDates(config, [thisYear, thisYear + 1]);
  return em.transactional(async (tx) => {
    let changed = 0;
    for (const [year, dates] of published) changed += await replaceYear(tx, year, dates);
    return changed;
  });
}

/** Makes the copy of one year hold exactly these dates; how many rows that changed. */
async function replaceYear(tx: EntityManager, year: number, dates: readonly PublishedClosedDate[]): Promise<number> {
  const stored = new Map((await tx.find(MallClosedDate, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })).map((closed) => [closed.date, closed.reason]));
  const wanted = new Map(dates.map(({ date, reason }) => [date, reason]));
  const removed = [...stored.keys()].filter((date) => !wanted.has(date));
  const upserted = [...wanted].filter(([date, reason]) => stored.get(date) !== reason).map(([date, reason]) => ({ date, reason }));
  if (removed.length > 0) await tx.nativeDelete(MallClosedDate, { date: { $in: removed } });
  if (upserted.length > 0) await tx.upsertMany(MallClosedDate, upserted);
  return removed.length + upserted.length;
}
