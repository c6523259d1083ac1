import { clock } from '@mpp/kit';
import { MONDAY, MONDAY_MORNING } from '../spec-support';
import { Ticket, TicketStatus } from './ticket.entity';
import { peopleAheadOf, type QueueLoad } from './ticket.estimates';

/** A queue's waiting tickets in calling order, 'P' priority and 'N' normal. */
function waitingQueue(kinds: string): Ticket[] {
  return [...kinds].map((kind, index) =>
    Object.assign(new Ticket(), { id: `t-${index}`, serviceDate: MONDAY, status: TicketStatus.WAITING, priority: kind === 'P', sequence: index + 1 }),
  );
}

function loadOf(waiting: Ticket[]): QueueLoad {
  return { waiting, nowServing: [], openCounters: 1, averageServiceMinutes: 5 };
}

describe('people ahead of a waiting ticket', () => {
  beforeAll(() => clock.freezeAt(MONDAY_MORNING));
  afterAll(() => clock.reset());

  it('counts, for a priority ticket, the priority tickets before it; for a normal one, every priority ticket and the normal ones before it', () => {
    const waiting = waitingQueue('NPNPPN');
    const load = loadOf(waiting);
    expect(waiting.map((ticket) => peopleAheadOf(ticket, load))).toEqual([3, 0, 4, 1, 2, 5]);
    const done = Object.assign(new Ticket(), { ...waiting[0], status: TicketStatus.DONE });
    expect(peopleAheadOf(done, load)).toBeNull();
  });

  it('takes one pass over the queue: 200,000 waiting tickets well within a second', () => {
    const waiting = waitingQueue('N'.repeat(200_000));
    const load = loadOf(waiting);
    const startedAt = performance.now();
    expect(peopleAheadOf(waiting.at(-1)!, load)).toBe(199_999);
    // One pass takes milliseconds; searching for each other ticket's place took over ten seconds.
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });
});
