import { clock, createClock } from './clock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the clock', () => {
  afterEach(() => clock.reset());

  it.each([
    ['2026-12-06T15:59:59.999Z', '2026-12-06'],
    ['2026-12-06T16:00:00.000Z', '2026-12-07'],
    ['2026-12-07T00:30:00.000Z', '2026-12-07'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('at %s, today is %s in Paser (WITA, the default zone)', (instant, date) => {
    clock.freezeAt(new Date(instant));
    expect(clock.timeZone()).toBe('Asia/Makassar');
    expect(clock.today()).toBe(date);
  });

  it('says today in the configured zone', () => {
    clock.freezeAt(new Date('2026-12-06T16:30:00Z'));
    clock.configure({ timeZone: 'Asia/Jakarta', clockStart: null, clockSetAt: null });
    // 23:30 WIB is still the 6th; in WITA and WIT it is the 7th.
    expect([clock.timeZone(), clock.today()]).toEqual(['Asia/Jakarta', '2026-12-06']);
    clock.useTimeZone('Asia/Jayapura');
    expect(clock.today()).toBe('2026-12-07');
    expect(() => clock.useTimeZone('Asia/Nowhere')).toThrow(RangeError);
    // A frozen clock stays frozen when a process configures no set clock.
    expect(clock.now().toISOString()).toBe('2026-12-06T16:30:00.000Z');
    clock.reset();
    expect(clock.timeZone()).toBe('Asia/Makassar');
  });

  it('freezes for tests and runs on from a start instant', async () => {
    clock.freezeAt(new Date('2026-12-06T23:30:00Z'));
    expect(clock.today()).toBe('2026-12-07');
    expect(clock.now().toISOString()).toBe('2026-12-06T23:30:00.000Z');

    clock.startAt(new Date('2026-12-07T00:00:00Z'));
    const first = clock.now().getTime();
    await sleep(20);
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(first - Date.parse('2026-12-07T00:00:00Z')).toBeLessThan(1000);
  });

  it('runs on from the moment it was set at: two clocks set at different moments with the same pair agree', async () => {
    const start = new Date('2026-12-07T08:00:00+08:00');
    const setAt = new Date(Date.now() - 5_000);
    const first = createClock();
    first.configure({ timeZone: 'Asia/Makassar', clockStart: start, clockSetAt: setAt });
    await sleep(300);
    const second = createClock();
    second.configure({ timeZone: 'Asia/Makassar', clockStart: start, clockSetAt: setAt });
    const [a, b] = [first.now().getTime(), second.now().getTime()];
    expect(Math.abs(a - b)).toBeLessThan(50);
    // Both read start + (real now − setAt): five seconds and a little after the start.
    expect(a - start.getTime()).toBeGreaterThanOrEqual(5_300);
    expect(a - start.getTime()).toBeLessThan(6_000);

    // Without the moment, each runs on from when it was set, as processes started seconds apart did.
    const early = createClock();
    early.startAt(start);
    await sleep(300);
    const late = createClock();
    late.startAt(start);
    expect(early.now().getTime() - late.now().getTime()).toBeGreaterThanOrEqual(250);
  });
});
