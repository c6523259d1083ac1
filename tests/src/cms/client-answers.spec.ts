/**
 * How the CMS's GraphQL client reads an answer (admin/src/graphql/client.ts): errors are
 * thrown as ApiErrors with their code, but an answer whose root fields came, with only a nested
 * field missing (another subgraph down), is the screen's to show.
 */
// The client's only use of react-admin is the HttpError base class.
jest.mock('react-admin', () => jest.requireActual('./support/react-admin-errors'));

const CLIENT_MODULE = '../../../admin/src/graphql/client';
/** What these tests use of the client (typed here: the admin's DOM types are not this workspace's). */
interface ClientModule {
  request: (document: never, variables: never) => Promise<unknown>;
  apiErrorCode: (error: unknown) => string | undefined;
}

const globals = globalThis as unknown as { fetch: unknown };
const realFetch = globals.fetch;
afterEach(() => {
  globals.fetch = realFetch;
});

async function answered(body: unknown): Promise<{ data?: unknown; error?: { code: unknown } }> {
  globals.fetch = async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  const client = jest.requireActual<ClientModule>(CLIENT_MODULE);
  const document = { toString: () => 'query Any { any }' } as never;
  try {
    return { data: await client.request(document, {} as never) };
  } catch (error) {
    return { error: { code: client.apiErrorCode(error) } };
  }
}

describe("the CMS's reading of API answers", () => {
  it('shows an answer with a nested field missing, null, when its root field came', async () => {
    const data = { setFacilityStatus: { id: 'f1', status: 'OUT_OF_SERVICE', operator: null } };
    const errors = [{ message: 'agencies unreachable', path: ['setFacilityStatus', 'operator'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    expect(await answered({ data, errors })).toEqual({ data });
  });

  it('throws a refusal of a root field, an error without a path, and an answer whose root field is null', async () => {
    expect(await answered({ data: { setFacilityStatus: null }, errors: [{ message: 'no', path: ['setFacilityStatus'], extensions: { code: 'FORBIDDEN' } }] })).toEqual({ error: { code: 'FORBIDDEN' } });
    expect(await answered({ data: null, errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] })).toEqual({ error: { code: 'BAD_USER_INPUT' } });
    // A nested error that nulled its way up to the root: nothing to show.
    expect(await answered({ data: { facility: null }, errors: [{ message: 'x', path: ['facility', 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
