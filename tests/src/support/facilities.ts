import type { TestPlatformRun } from './platform';
import { MONDAY_MORNING } from './queueing';

/*
 * What the facilities specs share: the platform's settings (the clock on a Monday morning, when
 * the mall, the cafeteria and the queues are open; the closed dates copied every second), the
 * operations as the website, a partner's phone and the CMS send them (raw text, so the specs do
 * not depend on codegen), and a wait that says what it waited for.
 */

export const FACILITIES_PLATFORM_ENV: Record<string, string> = {
  MPP_CLOCK_START: MONDAY_MORNING,
  MPP_TICKET_RATE_LIMIT_PER_MINUTE: '0',
  MPP_CLOSED_DATES_REFRESH_SECONDS: '1',
};

export const FACILITY_FIELDS = 'id slug name kind status statusNote statusSince isOpenNow nextChangeAt version operator { id name }';
export const READ_FACILITY = `query($slug: String) { facility(slug: $slug) { ${FACILITY_FIELDS} } }`;
export const SET_FACILITY_STATUS = `mutation($id: ID!, $version: Int!, $status: FacilityStatus!, $note: String) { setFacilityStatus(id: $id, version: $version, status: $status, note: $note) { ${FACILITY_FIELDS} } }`;
export const FACILITY_HISTORY = 'query($slug: String) { facility(slug: $slug) { history { totalCount items { action actor { userId role agencyId } changes { field before after } } } } }';
export const MALL_CLOSED_DATES = 'query($year: Int) { mall { isOpenNow closedDates(year: $year) { date reason } } }';
export const FOUR_SUBGRAPHS = '{ agency(slug: "bri") { name booths { code } services { name queue { waiting } } facilities { name kind status isOpenNow } } }';

export interface FacilityRead {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  statusNote: string | null;
  statusSince: string;
  isOpenNow: boolean;
  nextChangeAt: string | null;
  version: number;
  operator: { id: string; name: string } | null;
}

/** A facility as the public reads it through the gateway; fails on any error. */
export async function readFacility(platform: TestPlatformRun, slug: string, headers: Record<string, string> = {}): Promise<FacilityRead> {
  const result = await platform.post<{ facility: FacilityRead }>(READ_FACILITY, { slug }, headers);
  if (result.errors?.length || !result.data?.facility) throw new Error(`reading ${slug} failed (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
  return result.data.facility;
}

/** Waits until `condition` holds (checked every 100 ms), for at most `withinMs`; fails saying what it waited for. */
export async function eventually(what: string, condition: () => Promise<boolean>, withinMs = 15_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`waited ${withinMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
