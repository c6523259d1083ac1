import { conflict } from '@mpp/kit';
import { CounterStatus, type Counter } from './counter.entity';

/*
 * A counter's states and the steps between them, in one table. A step the table does not list
 * from the counter's state is refused with CONFLICT and changes nothing.
 *
 *   CLOSED ──signIn──▶ OPEN ──pause──▶ PAUSED ──resume──▶ OPEN
 *   OPEN, PAUSED ──signOut / end of the day──▶ CLOSED
 */
export type CounterStep = 'signIn' | 'pause' | 'resume' | 'signOut' | 'endOfDay';

export const COUNTER_STEPS: Record<CounterStatus, Partial<Record<CounterStep, CounterStatus>>> = {
  [CounterStatus.CLOSED]: { signIn: CounterStatus.OPEN },
  [CounterStatus.OPEN]: { pause: CounterStatus.PAUSED, signOut: CounterStatus.CLOSED, endOfDay: CounterStatus.CLOSED },
  [CounterStatus.PAUSED]: { resume: CounterStatus.OPEN, signOut: CounterStatus.CLOSED, endOfDay: CounterStatus.CLOSED },
};

const STEP_PHRASES: Record<CounterStep, string> = {
  signIn: 'signed in to',
  pause: 'paused',
  resume: 'resumed',
  signOut: 'signed out of',
  endOfDay: 'closed for the day',
};

/** The state a step leads to from `from`; CONFLICT when the table has no such step. */
export function nextCounterStatus(from: CounterStatus, step: CounterStep): CounterStatus {
  const to = COUNTER_STEPS[from][step];
  if (to === undefined) throw conflict(`A ${from} counter cannot be ${STEP_PHRASES[step]}.`);
  return to;
}

/** The states from which a step is allowed (the day-end sweep updates exactly these). */
export function statusesAllowing(step: CounterStep): CounterStatus[] {
  return (Object.keys(COUNTER_STEPS) as CounterStatus[]).filter((status) => COUNTER_STEPS[status][step] !== undefined);
}

/**
 * The counter's status as of `today`: one still open or paused from an earlier day is closed,
 * whether or not the day-end sweep has written that yet.
 */
export function effectiveCounterStatus(counter: Pick<Counter, 'status' | 'openedOn'>, today: string): CounterStatus {
  if (counter.status !== CounterStatus.CLOSED && (counter.openedOn === null || counter.openedOn < today)) return CounterStatus.CLOSED;
  return counter.status;
}

/** The staff account signed in to the counter today, if any. */
export function signedInOfficer(counter: Pick<Counter, 'status' | 'openedOn' | 'officerId'>, today: string): string | null {
  return effectiveCounterStatus(counter, today) === CounterStatus.CLOSED ? null : counter.officerId;
}
