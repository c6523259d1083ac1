import { isCalendarDate, PublicApiClient, PublicApiUnavailableError, serviceUnavailable, type PlatformConfig } from '@mpp/kit';

/*
 * What the facilities subgraph learns from other domains, and the one place it asks: whether an
 * agency exists (when a facility is given an operator), and the mall's closed dates (which the
 * queueing subgraph owns; see closed-dates/mall-closed-date.refresh.ts). It asks the gateway's
 * public API anonymously, as any website would (PublicApiClient), so it learns only public facts
 * and never reads another subgraph's database.
 */

const clients = new Map<string, PublicApiClient>();

function publicApi(config: PlatformConfig): PublicApiClient {
  let client = clients.get(config.publicApiUrl);
  if (!client) {
    client = new PublicApiClient(config.publicApiUrl);
    clients.set(config.publicApiUrl, client);
  }
  return client;
}

/** Whether an agency has this id; SERVICE_UNAVAILABLE while the directory cannot be asked. */
export async function agencyExists(config: PlatformConfig, agencyId: string): Promise<boolean> {
  try {
    const data = await publicApi(config).query<{ agency: { id: string } | null }>('query FacilitiesOperatorAgency($id: ID) { agency(id: $id) { id } }', { id: agencyId });
    return data.agency !== null;
  } catch (error) {
    if (error instanceof PublicApiUnavailableError) {
      throw serviceUnavailable("The platform's agency directory cannot be reached right now; try again in a moment.");
    }
    throw error;
  }
}

export interface PublishedClosedDate {
  date: string;
  reason: string;
}

/** A year's closed dates as queueing last saved them, with the version of that save. */
export interface PublishedClosedDateYear {
  version: number;
  dates: PublishedClosedDate[];
}

/**
 * The closed dates of each year, as the queueing subgraph publishes them (`closedDateYear`),
 * with the version of each year's list; null for a year never saved. Rejects with
 * PublicApiUnavailableError when the gateway or queueing cannot answer: the caller keeps what it has.
 */
export async function publishedClosedDateYears(config: PlatformConfig, years: readonly number[]): Promise<Map<number, PublishedClosedDateYear | null>> {
  const query = `query FacilitiesClosedDates(${years.map((_, index) => `$year${index}: Int!`).join(', ')}) { ${years
    .map((_, index) => `year${index}: closedDateYear(year: $year${index}) { version dates { date reason } }`)
    .join(' ')} }`;
  const data = await publicApi(config).query<Record<string, unknown>>(query, Object.fromEntries(years.map((year, index) => [`year${index}`, year])));
  return new Map(years.map((year, index) => [year, checkedYear(data[`year${index}`], year)]));
}

/** A year as published, or PublicApiUnavailableError for anything else: a malformed answer must not change the copy. */
function checkedYear(value: unknown, year: number): PublishedClosedDateYear | null {
  if (value === null) return null;
  const answer = (typeof value === 'object' ? value : {}) as { version?: unknown; dates?: unknown };
  const dates = Array.isArray(answer.dates) ? answer.dates : null;
  const valid =
    Number.isSafeInteger(answer.version) &&
    (answer.version as number) > 0 &&
    dates?.every(
      (entry: { date?: unknown; reason?: unknown }) => isCalendarDate(entry?.date) && entry.date.startsWith(`${year}-`) && typeof entry.reason === 'string' && entry.reason.length <= 200,
    );
  if (!dates || !valid) throw new PublicApiUnavailableError(`The public API answered the closed dates of ${year} in a form this subgraph does not know.`);
  return { version: answer.version as number, dates: dates.map(({ date, reason }: PublishedClosedDate) => ({ date, reason })) };
}
