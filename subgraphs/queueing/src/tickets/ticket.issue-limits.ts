import { raw } from '@mikro-orm/core';
import { normaliseClientAddress, rateLimited } from '@mpp/kit';
import type { RequestContext } from '@mpp/kit/subgraph';
import { TicketIssueWindow } from './ticket.entity';

/*
 * How many tickets one issuer may take a minute: a kiosk MPP_KIOSK_TICKET_RATE_LIMIT_PER_MINUTE
 * (120 unless set: generous, a busy hall prints one every few seconds per kiosk, a runaway or
 * stolen token prints far more; 0: no limit),
 * an anonymous online client MPP_TICKET_RATE_LIMIT_PER_MINUTE per address (0: no limit). Staff
 * are not limited: they are accountable in the audit trail.
 *
 * Counted in the database, so every replica counts the same tickets: one row per issuer and
 * minute (a fixed window), counted up by one statement in the unit of work that checks the
 * request (issueTicket's first step). A request refused there (queue closed or full, the
 * limit reached) rolls its count back with it; one refused later, when its ticket is written
 * (requests racing for a full queue's last tickets), or that fails there, stays counted. A
 * retry answered with the ticket of its idempotency key counts for nothing; one that finds its
 * request still in flight counts once, so that a flood of retries is limited too. The row stays
 * locked until that unit commits: one issuer's requests are checked one at a time, which costs
 * a kiosk nothing. Windows use the system's real time, never the business clock
 * (MPP_CLOCK_START), which starts again whenever a demo restarts.
 */

const WINDOW_MS = 60_000;

export interface IssueLimit {
  /** Whose tickets are counted together, e.g. `kiosk:<id>`, `client:203.0.113.7`. */
  scope: string;
  perMinute: number;
}

/** The limit the viewer issues under; null: none. */
export function issueLimitOf(context: RequestContext): IssueLimit | null {
  const { viewer } = context;
  switch (viewer.kind) {
    case 'kiosk': {
      const perMinute = context.config.kioskTicketRateLimitPerMinute;
      return perMinute > 0 ? { scope: `kiosk:${viewer.kioskId}`, perMinute } : null;
    }
    case 'anonymous': {
      const perMinute = context.config.ticketRateLimitPerMinute;
      return perMinute > 0 ? { scope: `client:${normaliseClientAddress(context.clientAddress)}`, perMinute } : null;
    }
    case 'staff':
      return null;
  }
}

/** Counts one more ticket against the limit in `unit`; RATE_LIMITED when it is past it. */
export async function countIssue(unit: RequestContext, limit: IssueLimit): Promise<void> {
  const startedAt = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
  const id = `${limit.scope}@${startedAt.toISOString()}`;
  await unit.em.createQueryBuilder(TicketIssueWindow).insert({ id, startedAt, issued: 1 }).onConflict('id').merge({ issued: raw('issued + 1') }).execute('run');
  const window = await unit.em.createQueryBuilder(TicketIssueWindow).select('issued').where({ id }).execute<{ issued: number }>('get');
  if (Number(window.issued) > limit.perMinute) {
    throw rateLimited(`Too many tickets from here: at most ${limit.perMinute} a minute. Please wait a minute and try again.`);
  }
}

/** Windows older than this go at the day-end sweep. */
export const ISSUE_WINDOW_RETENTION_MS = 60 * 60_000;
