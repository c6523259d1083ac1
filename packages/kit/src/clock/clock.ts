import { DEFAULT_TIME_ZONE, localDateOf, requireTimeZone } from './mall-time';

/** What a process's clock is set from at start (the platform configuration has these fields). */
export interface ClockSettings {
  /** The mall's zone (MPP_TIMEZONE). */
  timeZone: string;
  /** The instant the business clock read at `clockSetAt` (MPP_CLOCK_START). */
  clockStart: Date | null;
  /** The real moment at which it read `clockStart` (MPP_CLOCK_SET_AT); null: when the process started. */
  clockSetAt: Date | null;
}

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date in the mall's zone, `YYYY-MM-DD`. */
  today(): string;
  /** The mall's zone, e.g. `Asia/Makassar`. */
  timeZone(): string;
  /** Reads "today" in this zone from now on; a RangeError when Intl does not know it. */
  useTimeZone(timeZone: string): void;
  /**
   * Runs on from `start`, which it read at the real moment `setAt` (now when not given):
   * now = start + (real now − setAt). Clocks given the same pair agree whenever each was set.
   */
  startAt(start: Date, setAt?: Date): void;
  /** Stops at `instant` until set again (tests). */
  freezeAt(instant: Date): void;
  /** Back to the real time in the default zone, as in a process that was never set. */
  reset(): void;
  /**
   * What every process does at start: the configured zone, and the set clock when
   * MPP_CLOCK_START asks for one (a clock a test froze or started stays as it is otherwise).
   */
  configure(settings: ClockSettings): void;
}

/** A clock of its own (specs comparing two); the platform's processes use `clock`. */
export function createClock(): Clock {
  let offsetMs = 0;
  let frozenAt: number | null = null;
  let zone = DEFAULT_TIME_ZONE;

  const self: Clock = {
    now: () => new Date(frozenAt ?? Date.now() + offsetMs),
    today: () => localDateOf(self.now(), zone),
    timeZone: () => zone,
    useTimeZone(timeZone) {
      zone = requireTimeZone(timeZone);
    },
    startAt(start, setAt = new Date()) {
      frozenAt = null;
      offsetMs = start.getTime() - setAt.getTime();
    },
    freezeAt(instant) {
      frozenAt = instant.getTime();
    },
    reset() {
      frozenAt = null;
      offsetMs = 0;
      zone = DEFAULT_TIME_ZONE;
    },
    configure({ timeZone, clockStart, clockSetAt }) {
      self.useTimeZone(timeZone);
      if (clockStart) self.startAt(clockStart, clockSetAt ?? undefined);
    },
  };
  return self;
}

/**
 * The one clock of the process: "now", and "today" in the mall's zone (MPP_TIMEZONE, WITA by
 * default), for queue numbering, "open now" and daily statistics. Tests set it in-process;
 * MPP_CLOCK_START with MPP_CLOCK_SET_AT runs every process of a platform on one set clock.
 * Token times and sign-in limits keep the system's real time instead (see identity/tokens).
 */
export const clock: Clock = createClock();
