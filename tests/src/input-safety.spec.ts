import { testDatabaseTargets } from '@mpp/kit/testing';
import { bearer, TestPlatformRun, type GraphqlResult } from './support/platform';

const NUL = '\u0000';

describe.each(testDatabaseTargets())('control characters in arguments, through the gateway, on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  let editor: Record<string, string>;
  let ids: { service: string; agency: string; category: string };

  /** Refused as bad input naming the field, with nothing resolved. */
  const expectRefused = (result: GraphqlResult<unknown>, field: string) => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toBe(`${field} contains a control character (such as a null byte); remove it.`);
  };
  const agencyState = async () =>
    (await platform.post('{ agency(slug: "bri") { id version description } }')).data.agency as { id: string; version: number; description: string | null };
  const serviceCount = async () =>
    (await platform.post('{ services(limit: 1) { totalCount } }', {}, editor)).data.services.totalCount as number;

  beforeAll(async () => {
    // A low sign-in limit: refused sign-ins that reached the password check would soon lock the address.
    platform = await TestPlatformRun.start(databaseUrl, { MPP_LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    editor = bearer(await platform.loginAs('EDITOR'));
    const data = (await platform.post('{ services(limit: 1) { items { id } } agency(slug: "bri") { id } serviceCategories { id } }')).data;
    ids = { service: data.services.items[0].id, agency: data.agency.id, category: data.serviceCategories[0].id };
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it.each([
    ['service(slug:)', 'query($v: String) { service(slug: $v) { id } }', () => `perpanjangan-sim${NUL}`, 'slug'],
    ['service(id:)', 'query($v: ID) { service(id: $v) { id } }', () => `${ids.service}${NUL}`, 'id'],
    ['agency(slug:)', 'query($v: String) { agency(slug: $v) { id } }', () => `bri${NUL}`, 'slug'],
    ['services(filter: { search: })', 'query($v: String) { services(filter: { search: $v }) { totalCount } }', () => `paspor${NUL}' or 1=1 --`, 'filter.search'],
  ])('refuses a null byte in the query argument %s', async (_label, query, value, field) => {
    expectRefused(await platform.post(query, { v: value() }), field);
  });

  it('refuses a null byte written into the operation text as well as sent as a variable', async () => {
    expectRefused(await platform.post('{ service(slug: "x\\u0000") { id } }'), 'slug');
    expectRefused(await platform.post('{ services(filter: { search: "ktp\\u001b[2J" }) { totalCount } }'), 'filter.search');
  });

  it('refuses a null byte in a mutation’s own argument (login email) before any sign-in check', async () => {
    const account = platform.devAccounts().find((candidate) => candidate.role === 'EDITOR')!;
    const login = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    for (let attempt = 0; attempt < 5; attempt++) {
      expectRefused(await platform.post(login, { e: `${account.email}${NUL}`, p: account.password }), 'email');
    }
    // Had they reached the sign-in, five failures would have used up this address's three.
    await platform.login(account.email, account.password);
  });

  it('refuses a null byte in a field of an input object, and creates nothing', async () => {
    const create = 'mutation($input: ServiceInput!) { createService(input: $input) { id } }';
    const input = { name: 'Layanan Uji Masukan', agencyId: ids.agency, categoryId: ids.category };
    const before = await serviceCount();
    expectRefused(await platform.post(create, { input: { ...input, name: `Nama${NUL}Layanan` } }, editor), 'name');
    expectRefused(
      await platform.post(create, { input: { ...input, requirements: [{ description: 'KTP-el' }, { description: `KK${NUL}` }] } }, editor),
      'requirements.1.description',
    );
    expectRefused(await platform.post(create, { input: { ...input, fee: { isFree: false, tiers: [{ label: `Biasa${NUL}`, amount: 1 }] } } }, editor), 'fee.tiers.0.label');
    expect(await serviceCount()).toBe(before);
  });

  it('refuses a null byte in an update’s input and changes nothing; tabs and line breaks stay welcome', async () => {
    const update = 'mutation($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { version description } }';
    const before = await agencyState();
    expectRefused(await platform.post(update, { id: before.id, v: before.version, input: { description: `Bank${NUL}Rakyat` } }, editor), 'description');
    expect(await agencyState()).toEqual(before);

    const multiline = 'Layanan perbankan:\n\t- tabungan\r\n\t- kredit usaha';
    const accepted = await platform.post(update, { id: before.id, v: before.version, input: { description: multiline } }, editor);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.updateAgency).toEqual({ version: before.version + 1, description: multiline });
  });
});
