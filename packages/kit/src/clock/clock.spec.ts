import { calendarDateInWita, clock } from './clock';

describe('clock in WITA (Asia/Makassar)', () => {
  afterEach(() => clock.reset());

  it.each([
    ['2026-12-06T15:59:59.999Z', '2026-12-06'],
    ['2026-12-06T16:00:00.000Z', '2026-12-07'],
    ['2026-12-07T00:30:00.000Z', '2026-12-07'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('%s is %s in Paser', (instant, date) => {
    expect(calendarDateInWita(new Date(instant))).toBe(date);
  });

  it('freezes for tests and runs on from a start instant', async () => {
    clock.freezeAt(new Date('2026-12-06T23:30:00Z'));
    expect(clock.today()).toBe('2026-12-07');
    expect(clock.now().toISOString()).toBe('2026-12-06T23:30:00.000Z');

    clock.startAt(new Date('2026-12-07T00:00:00Z'));
    const first = clock.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(first - Date.parse('2026-12-07T00:00:00Z')).toBeLessThan(1000);
  });
});
