import { createHash } from 'node:crypto';
import type { QueryResult } from '@mikro-orm/core';
import { conflict, newId } from '@mpp/kit';
import { inUnitOfWork, type RequestContext } from '@mpp/kit/subgraph';
import { Ticket, TicketIssueClaim, type TicketChannel } from './ticket.entity';

/*
 * Idempotency keys are claimed before a number is taken. A request with a key (scope, key)
 * that finds no ticket under it claims the key in the unit of work that checks the request —
 * a row of ticket_issue_claim, unique per (scope, key), with the request's fingerprint and the
 * id its ticket will have — and only then takes a number. Retries racing it (a kiosk resending
 * after a timeout, a double tap) find the claim instead of taking numbers of their own:
 *
 * - another request under the key (another fingerprint): CONFLICT, as for a ticket;
 * - the same request, its ticket written: the retry is answered with that ticket;
 * - the same request still in flight: the retry waits for its ticket, briefly, and gets it, or
 *   CONFLICT ("still being issued: retry") if it has not come (ticket.mutations.ts);
 * - a claim still without its ticket CLAIM_ABANDONED_AFTER_MS after it was made: its request
 *   died between claiming and writing, and a retry takes the claim over. If that request was
 *   only slow and still writes, both write the one ticket id chosen at claim time: one of them
 *   fails on the ticket's primary key and answers with the other's ticket, but its number is
 *   left unused (a gap). Two retries taking one claim over at the same moment: one wins, by a
 *   conditional update; the other waits as for a claim in flight.
 *
 * A claim refused afterwards (the queue is full, the process cannot write) is released at once,
 * so a retry gets its own answer without waiting. Unkeyed requests never touch the table.
 * Claims stay until the day-end sweep after their day (a claim is one small row per keyed
 * ticket): a key's ticket is found under it on the ticket too, so nothing depends on when.
 */

/** How long a claim may stay without its ticket before a retry takes it over. */
export const CLAIM_ABANDONED_AFTER_MS = 30_000;

/** A key this request holds: released (if its ticket is not written) only as this request claimed it. */
export interface HeldClaim {
  scope: string;
  key: string;
  /** When this request claimed it: a request that took the claim over since has set another. */
  claimedAt: Date;
}

/** What claiming a key found: the key is this request's to issue under (with the ticket's id), or another request holds it. */
export type ClaimOutcome = { claimed: true; ticketId: string; held: HeldClaim } | { claimed: false };

/**
 * Claims (scope, key) for the request in `unit` (see above); call it once no ticket is found
 * under the key. CONFLICT for a claim of another request or of another day.
 */
export async function claimKey(unit: RequestContext, scope: string, key: string, fingerprint: string, today: string): Promise<ClaimOutcome> {
  const held = await unit.em.findOne(TicketIssueClaim, { scope, key });
  if (!held) {
    const ticketId = newId();
    const claimedAt = new Date();
    // A racer claiming the key at the same moment: the primary key lets one row in; the other
    // inserts nothing (waiting for the first's commit on MySQL) and re-reads as a retry.
    const { affectedRows } = await unit.em
      .createQueryBuilder(TicketIssueClaim)
      .insert({ scope, key, requestFingerprint: fingerprint, ticketId, serviceDate: today, claimedAt })
      .onConflict(['scope', 'key'])
      .ignore()
      .execute<QueryResult<TicketIssueClaim>>('run');
    return affectedRows === 1 ? { claimed: true, ticketId, held: { scope, key, claimedAt } } : { claimed: false };
  }
  if (held.requestFingerprint !== fingerprint) throw keyUsedForAnotherRequest();
  if (held.serviceDate !== today) throw keyUsedOn(held.serviceDate);
  const abandonedBefore = new Date(Date.now() - CLAIM_ABANDONED_AFTER_MS);
  if (held.claimedAt > abandonedBefore) return { claimed: false };
  const claimedAt = new Date();
  const { affectedRows } = await unit.em
    .createQueryBuilder(TicketIssueClaim)
    .update({ claimedAt })
    .where({ scope, key, claimedAt: { $lte: abandonedBefore } })
    .execute('run');
  return affectedRows === 1 ? { claimed: true, ticketId: held.ticketId, held: { scope, key, claimedAt } } : { claimed: false };
}

/** SHA-256 of what a request under a key asks for: the same key with another is refused. */
export function requestFingerprint(serviceId: string, channel: TicketChannel, priority: boolean): string {
  return createHash('sha256').update(JSON.stringify([serviceId, channel, priority])).digest('hex');
}

/**
 * Lets go of a claim whose ticket was not written, in a unit of work of its own, so that a
 * retry is answered at once. Only as this request claimed it: a claim another request has taken
 * over since (this one was slow) is that request's, and stays.
 */
export async function releaseClaim(context: RequestContext, claim: HeldClaim): Promise<void> {
  const { scope, key, claimedAt } = claim;
  await inUnitOfWork(context, (unit) => unit.em.nativeDelete(TicketIssueClaim, { scope, key, claimedAt }));
}

/** Whether a ticket with this id is written (the id a claim chose for its ticket). */
export async function claimedTicketWritten(context: RequestContext, ticketId: string): Promise<boolean> {
  return (await context.em.fork().count(Ticket, { id: ticketId })) > 0;
}

/** Claims of days before `today`, for the day-end sweep. */
export async function forgetClaimsBefore(unit: RequestContext, today: string): Promise<void> {
  await unit.em.nativeDelete(TicketIssueClaim, { serviceDate: { $lt: today } });
}

export function keyUsedForAnotherRequest() {
  return conflict('This idempotency key was already used for another ticket request: use a new key for a new request.');
}

export function keyUsedOn(day: string) {
  return conflict(`This idempotency key was used on ${day}: use a new key for a new ticket.`);
}

/** A retry that found its request still being issued after waiting for it. */
export function stillBeingIssued() {
  return conflict('This request is still being issued: retry it in a moment, with the same key, to get its ticket.');
}
