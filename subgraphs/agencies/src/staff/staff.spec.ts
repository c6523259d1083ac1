import { newId, type StaffIdentity } from '@mpp/kit';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';

const STAFF_USERS = 'query($limit: Int, $offset: Int) { staffUsers(limit: $limit, offset: $offset) { totalCount items { name } } }';
const CREATE = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { user { name } } }';

describe.each(testDatabaseTargets())('staff accounts in the agencies subgraph on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl);
  const admin: StaffIdentity = { userId: newId(), role: 'ADMIN', agencyId: null };
  const editor: StaffIdentity = { userId: newId(), role: 'EDITOR', agencyId: null };

  it('lists accounts by name with letter case ignored, page after page, in two statements', async () => {
    for (const name of ['editor cadangan', 'admin cadangan']) {
      const created = await run.ask(CREATE, { input: { email: `${name.replace(' ', '.')}@example.id`, name, role: 'EDITOR' } }, admin);
      expect(created.errors).toBeUndefined();
    }
    // The development accounts and the two above; a binary order would put both lowercase names last.
    const expected = ['admin cadangan', 'Admin DPMPTSP', 'editor cadangan', 'Editor DPMPTSP', 'Mitra BPJS Kesehatan', 'Mitra BRI', 'Mitra Kafetaria MPP', 'Petugas Polres'];

    run.subgraph.database.queryLog.reset();
    const all = await run.ask(STAFF_USERS, { limit: 100 }, admin);
    expect(run.subgraph.database.queryLog.count).toBe(2);
    expect(all.data!.staffUsers).toEqual({ totalCount: expected.length, items: expected.map((name) => ({ name })) });

    const pages = await Promise.all([0, 3, 6].map((offset) => run.ask(STAFF_USERS, { limit: 3, offset }, admin)));
    expect(pages.flatMap((page) => (page.data!.staffUsers as { items: { name: string }[] }).items.map((item) => item.name))).toEqual(expected);
  });

  it('refuses anyone but an administrator, saying who may manage accounts', async () => {
    const refused = await run.ask(STAFF_USERS, {}, editor);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only DPMPTSP administrators may manage staff accounts.', extensions: { code: 'FORBIDDEN' } });
  });

  it('resolves an account another subgraph names for DPMPTSP staff, its own agency and itself, and no one else', async () => {
    const ENTITIES = 'query($id: ID!) { _entities(representations: [{ __typename: "StaffUser", id: $id }]) { ... on StaffUser { id name } } }';
    const users = (await run.ask('{ staffUsers(limit: 100) { items { id name role agency { id } } } }', {}, admin)).data!.staffUsers.items as {
      id: string;
      name: string;
      role: string;
      agency: { id: string } | null;
    }[];
    const officer = users.find((user) => user.role === 'OFFICER')!;
    const agencyId = officer.agency!.id;
    const entity = async (viewer?: StaffIdentity) => (await run.ask(ENTITIES, { id: officer.id }, viewer)).data!._entities[0];
    const shown = { id: officer.id, name: officer.name };
    expect(await entity(admin)).toEqual(shown);
    expect(await entity(editor)).toEqual(shown);
    expect(await entity({ userId: officer.id, role: 'OFFICER', agencyId: newId() })).toEqual(shown);
    expect(await entity({ userId: newId(), role: 'OFFICER', agencyId })).toEqual(shown);
    expect(await entity({ userId: newId(), role: 'PARTNER', agencyId })).toEqual(shown);
    expect(await entity({ userId: newId(), role: 'OFFICER', agencyId: newId() })).toBeNull();
    expect(await entity({ userId: newId(), role: 'PARTNER', agencyId: newId() })).toBeNull();
    expect(await entity({ userId: newId(), role: 'EDITOR', agencyId: null, mustChangePassword: true })).toBeNull();
    expect(await entity()).toBeNull();
  });
});
