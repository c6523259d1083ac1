import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clock, seedId, type LogDestination, type StaffIdentity, type Viewer } from '@mpp/kit';
import type { RunningSubgraph } from '@mpp/kit/subgraph';
import { runForSpecs, startSubgraphForSpecs, type GraphqlResponse, type SubgraphForSpecs, type TestPlatform } from '@mpp/kit/testing';
import { facilitiesSubgraph } from './subgraph';

/*
 * What the facilities specs share: the subgraph on a database of its own, asked as the gateway
 * asks it (an internal token speaking for a staff account, a kiosk or nobody), a stand-in for the
 * gateway's public API (the two things the subgraph asks other domains: whether an agency exists,
 * and the mall's closed dates), the viewers, and the instants the specs freeze the clock at. Not
 * built (tsconfig.build.json leaves it out). The whole platform, with the real gateway and
 * queueing, is tested in tests/src/facilities.
 */

/** A Monday, 09:00 WITA: the mall and every seeded facility open, no closed date. */
export const MONDAY = '2026-12-07';
export const MONDAY_MORNING = wita('2026-12-07T09:00');

/** An instant given as WITA wall-clock time ("2026-12-07T23:59"). */
export function wita(localDateTime: string): Date {
  return new Date(`${localDateTime}:00+08:00`);
}

export const EDITOR: StaffIdentity = { userId: 'u-editor', role: 'EDITOR', agencyId: null };
export const ADMIN: StaffIdentity = { userId: 'u-admin', role: 'ADMIN', agencyId: null };

export function partnerOf(agencySlug: string): StaffIdentity {
  return { userId: `u-partner-${agencySlug}`, role: 'PARTNER', agencyId: seedId('agency', agencySlug) };
}

export function officerOf(agencySlug: string): StaffIdentity {
  return { userId: `u-officer-${agencySlug}`, role: 'OFFICER', agencyId: seedId('agency', agencySlug) };
}

export function kiosk(name = 'hall-1'): Viewer {
  return { kind: 'kiosk', kioskId: seedId('kiosk', name), sessionId: `session-${name}` };
}

/** The agencies of the agencies seed the specs name (operators of the seeded facilities, and one without any). */
export const KNOWN_AGENCIES = ['bri', 'mandiri', 'bni', 'bankaltimtara', 'kafetaria-mpp', 'minimarket-mpp', 'polres'];

export interface ClosedDateAnswer {
  date: string;
  reason: string;
}

/** A year as queueing publishes it (`closedDateYear`): its list and the version of its last save. */
export interface ClosedDateYearAnswer {
  version: number;
  dates: ClosedDateAnswer[];
}

/**
 * The gateway's public API as the facilities subgraph asks it: `agency(id:)` answered from the
 * agencies registered (KNOWN_AGENCIES to begin with), and each year's `closedDateYear(year:)`
 * from what the test published (null, never saved, to begin with); down, it answers 503. It
 * counts the queries it was asked, of each kind.
 */
export class FakePublicApi {
  readonly agencies = new Set(KNOWN_AGENCIES.map((slug) => seedId('agency', slug)));
  readonly closedDateYears = new Map<number, ClosedDateYearAnswer>();
  closedDateQueries = 0;
  agencyQueries = 0;
  down = false;
  url = '';
  private server: Server | null = null;

  /** Saves a year's list as queueing's setClosedDates does: its version rises with every save. */
  publishClosedDates(year: number, dates: ClosedDateAnswer[]): void {
    this.closedDateYears.set(year, { version: (this.closedDateYears.get(year)?.version ?? 0) + 1, dates });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const { query, variables = {} } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const aboutClosedDates = query.includes('closedDateYear');
    if (aboutClosedDates) this.closedDateQueries += 1;
    else this.agencyQueries += 1;
    if (this.down) {
      res.writeHead(503).end();
      return;
    }
    const data = aboutClosedDates
      ? Object.fromEntries(Object.entries(variables).map(([alias, year]) => [alias, this.closedDateYears.get(year as number) ?? null]))
      : { agency: this.agencies.has(variables.id as string) ? { id: variables.id } : null };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  }
}

/** An answer's data as specs read it: any shape, which their assertions check (the kit's testing default). */
type AnswerData = NonNullable<GraphqlResponse['data']>;

export interface FacilitiesRun {
  platform: TestPlatform;
  /** The running subgraph (another one after `restart`). */
  subgraph: RunningSubgraph;
  publicApi: FakePublicApi;
  /** Stops the subgraph and starts it again on the same database. */
  restart(): Promise<void>;
  /** Asks the subgraph as the gateway does, for the viewer (anonymous unless given). */
  ask<T = AnswerData>(query: string, variables?: Record<string, unknown>, viewer?: StaffIdentity | Viewer): Promise<GraphqlResponse<T>>;
  /** The same, with the answer's Cache-Control header. */
  askWithCacheControl(query: string, viewer?: StaffIdentity | Viewer): Promise<{ cacheControl: string | null; body: GraphqlResponse }>;
  stop(): Promise<void>;
}

/**
 * The facilities subgraph on a fresh database (seeded, the kit's startSubgraphForSpecs), asking
 * the stand-in public API given (a new one unless given), its closed dates refreshed every second
 * unless `env` says otherwise, its log lines where `logDestination` says (standard output unless given).
 */
export async function startFacilities(
  databaseUrl: string | undefined,
  env: Record<string, string> = {},
  { publicApi = new FakePublicApi(), logDestination }: { publicApi?: FakePublicApi; logDestination?: LogDestination } = {},
): Promise<FacilitiesRun> {
  if (!publicApi.url) await publicApi.start();
  let started: SubgraphForSpecs;
  try {
    started = await startSubgraphForSpecs(facilitiesSubgraph, databaseUrl, {
      env: { MPP_GATEWAY_URL: publicApi.url, MPP_CLOSED_DATES_REFRESH_SECONDS: '1', ...env },
      startOptions: { logDestination },
    });
  } catch (error) {
    await publicApi.stop();
    throw error;
  }
  return {
    platform: started.platform,
    get subgraph() {
      return started.subgraph;
    },
    publicApi,
    restart: () => started.restart(),
    ask: started.ask,
    askWithCacheControl: (query, viewer) => started.askWithCacheControl(query, {}, viewer),
    async stop() {
      await started.stop();
      await publicApi.stop();
    },
  };
}

/** Runs an operation and returns its data; fails with the errors it got. */
export async function ok<T = AnswerData>(run: Pick<FacilitiesRun, 'ask'>, query: string, variables: Record<string, unknown> = {}, viewer?: StaffIdentity | Viewer): Promise<T> {
  const result = await run.ask<T>(query, variables, viewer);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first error's code and field. */
export function refusal(result: GraphqlResponse<unknown>): { code: unknown; field?: unknown } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return 'field' in extensions ? { code: extensions.code, field: extensions.field } : { code: extensions.code };
}

/** Waits until `condition` holds (checked every 50 ms), for at most `withinMs`; fails saying what it waited for. */
export async function eventually(what: string, condition: () => Promise<boolean>, withinMs = 10_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`waited ${withinMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const FACILITY = 'id slug name kind floor status statusNote statusSince isOpenNow nextChangeAt version operator { id } features';

/** The id of a seeded facility. */
export const facilityId = (slug: string): string => seedId('facility', slug);

/** Freezes the business clock at an instant (the specs' time passes only when they say). */
export function freezeClockAt(instant: Date): void {
  clock.freezeAt(instant);
}

/**
 * The facilities subgraph for one describe block on a database, its clock on a Monday morning:
 * started before the block's tests and stopped after them (the kit's runForSpecs, as
 * subgraphForSpecs starts the other subgraphs). Call it inside the block; the run it returns
 * stands for the one started (reading it before the start fails).
 */
export function facilitiesForSpecs(databaseUrl: string | undefined): FacilitiesRun {
  beforeAll(() => freezeClockAt(MONDAY_MORNING));
  const run = runForSpecs('the facilities subgraph', () => startFacilities(databaseUrl));
  afterAll(() => clock.reset());
  return run;
}
