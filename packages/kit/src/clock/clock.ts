/**
 * The one clock of the platform. Paser lives in WITA (Asia/Makassar, UTC+8, no daylight
 * saving): "today" for queue numbering, "open now" and daily statistics come from here.
 * Tests set it in-process; MPP_CLOCK_START starts a running platform at a chosen instant.
 */
export const MPP_TIME_ZONE = 'Asia/Makassar';

let offsetMs = 0;
let frozenAt: number | null = null;

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(frozenAt ?? Date.now() + offsetMs);
  },

  /** Today's calendar date in WITA, `YYYY-MM-DD`. */
  today(): string {
    return calendarDateInWita(clock.now());
  },

  /** Runs on from `start`, as MPP_CLOCK_START asks. */
  startAt(start: Date): void {
    frozenAt = null;
    offsetMs = start.getTime() - Date.now();
  },

  /** Stops at `instant` until set again (tests). */
  freezeAt(instant: Date): void {
    frozenAt = instant.getTime();
  },

  /** Back to the real time. */
  reset(): void {
    frozenAt = null;
    offsetMs = 0;
  },
};

const witaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: MPP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The WITA calendar date of an instant; never through a UTC date, which is 8 hours behind. */
export function calendarDateInWita(instant: Date): string {
  return witaDate.format(instant);
}
