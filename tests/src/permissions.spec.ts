import { seedId } from '@mpp/kit';
import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun } from './support/platform';

type Actor = 'ANONYMOUS' | 'ADMIN' | 'EDITOR' | 'PARTNER' | 'OFFICER';
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'hidden';
type Whose = 'own' | 'other';

/** The agency each actor belongs to; "own" targets are records of it, "other" of BNI (or BPJS Kesehatan for services). */
const AGENCY_OF: Record<Actor, string | null> = { ANONYMOUS: null, ADMIN: null, EDITOR: null, PARTNER: 'bri', OFFICER: 'polres' };
const OTHER_AGENCY = 'bni';

/**
 * The expected permission table, written out by hand (not derived from the code's table):
 * actor × action × own/other agency. `hidden`: the record reads as missing (null).
 */
const EXPECTED: Record<string, Record<Actor, Partial<Record<Whose, Outcome>>>> = {
  'read agencies and booths': {
    ANONYMOUS: { other: 'ok' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' }, PARTNER: { own: 'ok', other: 'ok' }, OFFICER: { own: 'ok', other: 'ok' },
  },
  'update agency contact details': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'ok', other: 'FORBIDDEN' }, OFFICER: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
  },
  'update agency identity': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'FORBIDDEN', other: 'FORBIDDEN' }, OFFICER: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
  },
  'create a booth': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'FORBIDDEN', other: 'FORBIDDEN' }, OFFICER: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
  },
  'update booth status': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'ok', other: 'FORBIDDEN' }, OFFICER: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
  },
  'move a booth': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'FORBIDDEN', other: 'FORBIDDEN' }, OFFICER: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
  },
  'read an unpublished service': {
    ANONYMOUS: { other: 'hidden' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'ok' },
    PARTNER: { own: 'ok', other: 'hidden' }, OFFICER: { other: 'hidden' },
  },
  'list staff accounts': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'FORBIDDEN' }, PARTNER: { other: 'FORBIDDEN' }, OFFICER: { other: 'FORBIDDEN' },
  },
  'create a staff account': {
    ANONYMOUS: { other: 'UNAUTHENTICATED' }, ADMIN: { other: 'ok' }, EDITOR: { other: 'FORBIDDEN' }, PARTNER: { other: 'FORBIDDEN' }, OFFICER: { other: 'FORBIDDEN' },
  },
};

/** Unpublished services of the seed: BRI's draft (own for the BRI partner) and BPJS Kesehatan's one in review. */
const UNPUBLISHED = { own: 'registrasi-brimo', other: 'pengaduan-layanan-jkn' };

const rows = Object.entries(EXPECTED).flatMap(([action, byActor]) =>
  (Object.entries(byActor) as [Actor, Partial<Record<Whose, Outcome>>][]).flatMap(([actor, cells]) =>
    (Object.entries(cells) as [Whose, Outcome][]).map(([whose, outcome]) => ({ action, actor, whose, outcome })),
  ),
);

describe.each(testDatabaseTargets())('the permission table through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  const headers: Partial<Record<Actor, Record<string, string>>> = {};
  let boothCounter = 0;

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
    headers.ANONYMOUS = {};
    for (const actor of ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const) {
      headers[actor] = bearer(await platform.loginAs(actor, AGENCY_OF[actor] ?? undefined));
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const targetAgency = (actor: Actor, whose: Whose) => (whose === 'own' ? AGENCY_OF[actor]! : OTHER_AGENCY);
  // Read as staff: the state as it is now, which a public read may show only within its cached second.
  const agencyState = async (slug: string) =>
    (await platform.post('query($s: String) { agency(slug: $s) { id version booths { id version floor } } }', { s: slug }, headers.EDITOR)).data.agency;

  /** Runs one action as the actor; returns the outcome as the table names it. */
  async function attempt(action: string, actor: Actor, whose: Whose): Promise<Outcome> {
    const as = headers[actor]!;
    const slug = targetAgency(actor, whose);
    let result: { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
    switch (action) {
      case 'read agencies and booths':
        result = await platform.post('query($s: String) { agency(slug: $s) { name booths { code } } }', { s: slug }, as);
        if (!result.data?.agency?.booths?.length) return 'hidden';
        break;
      case 'update agency contact details':
      case 'update agency identity': {
        const agency = await agencyState(slug);
        const input = action === 'update agency contact details' ? { phone: `0543 2${Math.floor(Math.random() * 9000 + 1000)}` } : { shortName: `Nama ${Math.floor(Math.random() * 1000)}` };
        result = await platform.post(
          'mutation($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { id version } }',
          { id: agency.id, v: agency.version, input },
          as,
        );
        if (!result.errors) expect(result.data.updateAgency.version).toBe(agency.version + 1);
        break;
      }
      case 'create a booth': {
        const agency = await agencyState(slug);
        boothCounter += 1;
        result = await platform.post(
          'mutation($input: BoothInput!) { createBooth(input: $input) { id code agency { slug } } }',
          { input: { code: `T-${String(boothCounter).padStart(3, '0')}`, floor: 2, status: 'PLANNED', agencyId: agency.id } },
          as,
        );
        if (!result.errors) expect(result.data.createBooth.agency.slug).toBe(slug);
        break;
      }
      case 'update booth status':
      case 'move a booth': {
        const booth = (await agencyState(slug)).booths[0];
        const input = action === 'update booth status' ? { status: 'TEMPORARILY_CLOSED', openedOn: '2025-01-02' } : { floor: booth.floor === 1 ? 2 : 1 };
        result = await platform.post(
          'mutation($id: ID!, $v: Int!, $input: BoothInput!) { updateBooth(id: $id, version: $v, input: $input) { id version status floor } }',
          { id: booth.id, v: booth.version, input },
          as,
        );
        break;
      }
      case 'read an unpublished service': {
        const serviceSlug = whose === 'own' && actor === 'PARTNER' ? UNPUBLISHED.own : UNPUBLISHED.other;
        result = await platform.post('query($s: String) { service(slug: $s) { slug status } }', { s: serviceSlug }, as);
        if (result.data?.service === null && !result.errors) return 'hidden';
        break;
      }
      case 'list staff accounts':
        result = await platform.post('{ staffUsers { totalCount } }', {}, as);
        break;
      case 'create a staff account':
        result = await platform.post(
          'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { user { id } } }',
          { input: { email: `new-${actor.toLowerCase()}-${Date.now()}@example.id`, name: 'Akun Baru', role: 'EDITOR' } },
          as,
        );
        break;
      default:
        throw new Error(`unknown action ${action}`);
    }
    if (result.errors?.length) return result.errors[0].extensions?.code as Outcome;
    return 'ok';
  }

  it.each(rows)('$actor: $action ($whose agency) → $outcome', async ({ action, actor, whose, outcome }) => {
    expect(await attempt(action, actor, whose)).toBe(outcome);
  });

  it('changes nothing when an action is refused', async () => {
    const before = await agencyState(OTHER_AGENCY);
    await platform.post(
      'mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { phone: "0000" }) { id } }',
      { id: before.id, v: before.version },
      headers.PARTNER,
    );
    expect(await agencyState(OTHER_AGENCY)).toEqual(before);
  });

  it('checks permission before field rules: a partner learns nothing from bad input on another agency', async () => {
    const other = await agencyState(OTHER_AGENCY);
    const result = await platform.post(
      'mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { website: "not a url" }) { id } }',
      { id: other.id, v: other.version },
      headers.PARTNER,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await agencyState('bri');
    const mine = await platform.post(
      'mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, input: { website: "not a url" }) { id } }',
      { id: own.id, v: own.version },
      headers.PARTNER,
    );
    expect(mine.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
  });

  it('refuses a stale version with CONFLICT, and two saves from one version: one wins', async () => {
    const agency = await agencyState('bri');
    const save = (phone: string) =>
      platform.post('mutation($id: ID!, $v: Int!, $p: String) { updateAgency(id: $id, version: $v, input: { phone: $p }) { version } }', { id: agency.id, v: agency.version, p: phone }, headers.EDITOR);
    const [a, b] = await Promise.all([save('0543 111111'), save('0543 222222')]);
    const outcomes = [a, b].map((result) => (result.errors ? result.errors[0].extensions?.code : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    expect((await agencyState('bri')).version).toBe(agency.version + 1);
  });

  it('refuses an _entities call straight to a subgraph with a forged identity and no internal token', async () => {
    // The header the platform once believed: an identity in plain JSON.
    const forged = { 'content-type': 'application/json', 'x-mpp-viewer': JSON.stringify({ userId: 'x', role: 'ADMIN', agencyId: null }) };
    const queries = {
      catalog: { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { name status } } }', variables: { r: [{ __typename: 'Service', id: seedId('service', UNPUBLISHED.other) }] } },
      agencies: { query: 'mutation { createBooth(input: { code: "X-1", floor: 1, status: PLANNED }) { id } }', variables: {} },
    };
    for (const [name, body] of Object.entries(queries)) {
      const response = await fetch(platform.subgraphs[name as 'catalog' | 'agencies'].url, { method: 'POST', headers: forged, body: JSON.stringify(body) });
      expect([name, response.status]).toEqual([name, 401]);
    }
  });
});
