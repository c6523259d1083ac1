import type { EntityManager } from '@mikro-orm/knex';
import { clock, type Logger, type PlatformConfig } from '@mpp/kit';
import { BACKGROUND_LOGGER_CONTEXT, isConvertedLockFailure, type BackgroundWork } from '@mpp/kit/subgraph';
import { publishedClosedDateYears, type PublishedClosedDateYear } from '../public-api/public-directory';
import { MallClosedDateYear } from './mall-closed-date-year.entity';
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
 * which survives restarts. While a process that has not refreshed yet is starting (its first
 * STARTUP_GRACE_MS) it tries again after RETRY_AFTER_FAILURE_MS (or the refresh interval, if
 * shorter): the gateway is expected to come up soon after it (npm start starts the gateway after
 * the subgraphs). Afterwards — refreshed or not, failing or not — at the refresh interval, so a
 * platform whose gateway never comes up is asked once a refresh interval, not every 2 s forever.
 * A warning is logged once for each run of failures, but not while starting.
 *
 * Replicas refresh each on its own, so two may write at once, and one that fetched its answer
 * earlier may write after one that fetched a newer answer. Each year's list comes with the
 * version queueing gave it (`closedDateYear`); the copy keeps the version it holds per year
 * (MallClosedDateYear) and a refresh writes a year only when its answer is newer, raising the
 * stored version with a statement conditional on it, in the transaction that rewrites the year's
 * dates. An older answer therefore changes nothing, and the dates of a year are written by one
 * transaction at a time (on MySQL the raised version row stays locked until it commits; SQLite
 * runs one writer at a time). A refresh that meets a deadlock or a lock timeout anyway (MySQL's
 * gap locks between two years' dates) is tried again once at once; a year queueing has never
 * saved (null) leaves the copy of that year as it is. A refresh whose answers are not newer
 * writes nothing.
 *
 * For how long: while the subgraph serves. It is the subgraph's background work (subgraph.ts),
 * started once it listens and stopped before its database closes; its timer never keeps a
 * process alive.
 */

export const RETRY_AFTER_FAILURE_MS = 2_000;
export const STARTUP_GRACE_MS = 30_000;

/**
 * Starts keeping the copy of the closed dates fresh; returns at once, with what stops it.
 * `elapsedMs` reads the milliseconds the refresher goes by to tell its start-up from later (the
 * system's, unless a spec makes the start-up pass sooner).
 */
export function keepClosedDatesFresh(em: EntityManager, config: PlatformConfig, logger: Logger, elapsedMs: () => number = Date.now): BackgroundWork {
  const refresher = new ClosedDateRefresher(em.fork(), config, logger.child({ task: 'closed-date refresh' }), elapsedMs);
  refresher.start();
  return () => refresher.stop();
}

class ClosedDateRefresher {
  /** While failing: since when. */
  private failingSince: Date | null = null;
  /** Whether this run of failures has been warned about. */
  private warned = false;
  private refreshedOnce = false;
  private readonly startedAt: number;
  private stopped = false;
  private nextTurn: NodeJS.Timeout | undefined;
  /** The refresh under way, if any: stopping waits for it (it writes to the database). */
  private turn: Promise<void> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly config: PlatformConfig,
    private readonly logger: Logger,
    private readonly elapsedMs: () => number,
  ) {
    this.startedAt = elapsedMs();
  }

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
      const copiedYears = await refreshClosedDateCopy(this.em.fork(), this.config);
      if (this.warned) this.logger.info('refreshed the closed dates again', { failingSince: this.failingSince?.toISOString() });
      if (copiedYears.length > 0) this.logger.info('the closed dates changed', { years: copiedYears });
      this.failingSince = null;
      this.warned = false;
      this.refreshedOnce = true;
    } catch (error) {
      if (this.stopped) return;
      this.failingSince ??= new Date();
      const reason = error instanceof Error ? error.message : String(error);
      if (this.starting()) {
        this.logger.debug('cannot refresh the closed dates yet: the gateway may not be up', { reason });
      } else if (!this.warned) {
        this.warned = true;
        this.logger.warn('cannot refresh the closed dates: open now goes on from the last copy', { reason });
      }
    }
    if (this.stopped) return;
    const delayMs = delayBeforeNextRefresh(this.starting(), this.config.closedDatesRefreshSeconds * 1000);
    this.nextTurn = setTimeout(() => {
      this.turn = this.refreshAndSchedule();
    }, delayMs);
    this.nextTurn.unref();
  }

  /** Not refreshed yet, within STARTUP_GRACE_MS of the start: the gateway may still be coming up. */
  private starting(): boolean {
    return !this.refreshedOnce && this.elapsedMs() - this.startedAt < STARTUP_GRACE_MS;
  }
}

/**
 * How long the refresher waits before its next refresh: RETRY_AFTER_FAILURE_MS while starting
 * (or the interval, if shorter), the refresh interval otherwise.
 */
function delayBeforeNextRefresh(starting: boolean, intervalMs: number): number {
  return starting ? Math.min(RETRY_AFTER_FAILURE_MS, intervalMs) : intervalMs;
}

/**
 * Brings the copy of this year's and next year's closed dates in line with what the public API
 * publishes, where it publishes a newer version than the copy holds; the years it copied.
 * Rejects (changing nothing) when the API cannot answer. Older years stay as last copied.
 */
export async function refreshClosedDateCopy(em: EntityManager, config: PlatformConfig): Promise<number[]> {
  const thisYear = Number(clock.today().slice(0, 4));
  return applyPublishedClosedDates(em, await publishedClosedDateYears(config, [thisYear, thisYear + 1]));
}

/** How many times a refresh's transaction is tried when the database gives up on a lock. */
const REFRESH_ATTEMPTS = 2;

/**
 * Writes each year whose answer is newer than the copy, in one transaction (tried once more on a
 * deadlock or lock timeout); the years written. A year without an answer (null: never saved in
 * queueing) and one whose answer is not newer than the copy stay as they are.
 */
export async function applyPublishedClosedDates(em: EntityManager, published: ReadonlyMap<number, PublishedClosedDateYear | null>): Promise<number[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.fork().transactional(
        async (tx) => {
          const copied: number[] = [];
          for (const [year, answer] of published) if (answer && (await applyYear(tx, year, answer))) copied.push(year);
          return copied;
        },
        // Background work: its begin and commit, like its other statements, are no request's.
        { loggerContext: BACKGROUND_LOGGER_CONTEXT },
      );
    } catch (error) {
      // MikroORM's own methods (all the transaction uses) convert the drivers' lock errors.
      if (attempt >= REFRESH_ATTEMPTS || !isConvertedLockFailure(error)) throw error;
    }
  }
}

/** Makes the copy of one year hold exactly the answer's dates if the answer is newer; whether it did. */
async function applyYear(tx: EntityManager, year: number, answer: PublishedClosedDateYear): Promise<boolean> {
  // A plain read first, so that the usual refresh — nothing newer — takes no write lock.
  const held = await tx.findOne(MallClosedDateYear, { year });
  if (held && held.publishedVersion >= answer.version) return false;
  if (!(await raiseCopiedVersion(tx, year, answer.version, held !== null))) return false;
  // Written as the answer says, whatever the read above saw: the version row raised just now
  // is this transaction's until it commits, so no other refresh writes this year meanwhile.
  const wanted = answer.dates.map(({ date }) => date);
  await tx.nativeDelete(MallClosedDate, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31`, ...(wanted.length > 0 ? { $nin: wanted } : {}) } });
  if (wanted.length > 0) await tx.upsertMany(MallClosedDate, answer.dates.map(({ date, reason }) => ({ date, reason })));
  return true;
}

/**
 * Records that the copy of the year holds this version, unless it holds this one or a newer one
 * already (another refresh committed it since the read, or is about to: on MySQL the statement
 * waits for that one's commit, then finds its version); whether it did. One conditional
 * statement each, so two refreshes can never both raise a year to the same or an older version.
 * A year the copy held is only updated: an insert would first share-lock the existing row, and
 * two refreshes doing that would then deadlock on their updates.
 */
async function raiseCopiedVersion(tx: EntityManager, year: number, version: number, held: boolean): Promise<boolean> {
  if (!held) {
    const insert = tx.getKnex()('mall_closed_date_year').insert({ year, published_version: version }).onConflict('year').ignore();
    if ((await tx.execute<{ affectedRows: number }>(insert, [], 'run')).affectedRows > 0) return true;
  }
  return (await tx.nativeUpdate(MallClosedDateYear, { year, publishedVersion: { $lt: version } }, { publishedVersion: version })) > 0;
}
