import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Ticket } from './ticket.entity';

/*
 * A ticket's access code: shown once, with the ticket, to whoever took it; with it its holder
 * cancels the ticket (and, later, answers the survey). Eight characters from 32 that cannot be
 * mistaken for one another on a printed slip (no 0/O, 1/I): 2^40 codes. The code is what
 * protects the ticket: its id is no secret (the board and the counters show the tickets they
 * call, ids included). Drawn at random for each ticket, a code is guessed in half a trillion
 * tries on average, each a request: hopeless within the ticket's day.
 *
 * Stored as the SHA-256 of the ticket's id and the code. A ticket issued with an idempotency
 * key also keeps its code in clear until the end of its day (`replayAccessCode`, cleared by the
 * day-end sweep): a retry must get the same answer, code included, and a subgraph holds no
 * secret to derive it from. Tickets last one day, so that is all the code is good for anyway.
 */

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ACCESS_CODE_LENGTH = 8;

export function newAccessCode(): string {
  return Array.from({ length: ACCESS_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export function accessCodeHash(ticketId: string, code: string): string {
  return createHash('sha256').update(`${ticketId}:${code}`).digest('hex');
}

/** Whether `given` (as typed: case and spaces do not matter) is the ticket's code. */
export function matchesAccessCode(ticket: Pick<Ticket, 'id' | 'accessCodeHash'>, given: string): boolean {
  const code = given.replace(/\s+/g, '').toUpperCase();
  const expected = Buffer.from(ticket.accessCodeHash, 'hex');
  const actual = Buffer.from(accessCodeHash(ticket.id, code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
