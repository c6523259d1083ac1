import { newId } from '@mpp/kit';
import { subgraphForSpecs, testDatabaseTargets } from '@mpp/kit/testing';
import { agenciesSubgraph } from '../subgraph';

/*
 * What a public page costs the agencies subgraph in SQL statements does not grow with what is
 * on it: the agencies of a catalog page of 5 or of 100 services, the whole directory with its
 * booths, any number of booths asked for by reference.
 */
describe.each(testDatabaseTargets())('agencies statements per request on $label', ({ databaseUrl }) => {
  const run = subgraphForSpecs(agenciesSubgraph, databaseUrl);

  /** The statements one request ran, and its answer. */
  const statementsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    run.subgraph.database.queryLog.reset();
    const response = await run.ask(query, variables);
    expect(response.errors).toBeUndefined();
    return { statements: run.subgraph.database.queryLog.count, data: response.data };
  };

  /** 100 keys: every one the query finds, then unknown ones (which cost as much to look for). */
  const hundredKeys = async (query: string, list: string) => {
    const { data } = await run.ask(query);
    const ids: string[] = data[list].map((item: { id: string }) => item.id);
    return [...ids, ...Array.from({ length: 100 - ids.length }, () => newId())];
  };

  it("answers the agencies of a catalog page of 5 and of 100 services in as many statements", async () => {
    const agencyIds = await hundredKeys('{ agencies { id } }', 'agencies');
    const references = (count: number) =>
      statementsOf('query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { name shortName booths { code floor status } } } }', {
        r: agencyIds.slice(0, count).map((id) => ({ __typename: 'Agency', id })),
      });
    const five = await references(5);
    const hundred = await references(100);
    expect(five.data._entities.every((agency: { name: string } | null) => agency?.name)).toBe(true);
    expect(hundred.data._entities).toHaveLength(100);
    // The agencies, then their booths.
    expect([five.statements, hundred.statements]).toEqual([2, 2]);
  });

  it('answers 5 and 100 booth references in as many statements', async () => {
    const boothIds = await hundredKeys('{ booths { id } }', 'booths');
    const references = (count: number) =>
      statementsOf('query($r: [_Any!]!) { _entities(representations: $r) { ... on Booth { code agency { name } } } }', {
        r: boothIds.slice(0, count).map((id) => ({ __typename: 'Booth', id })),
      });
    const five = await references(5);
    const hundred = await references(100);
    expect(five.data._entities.every((booth: { agency: { name: string } } | null) => booth?.agency.name)).toBe(true);
    expect(hundred.data._entities).toHaveLength(100);
    // The booths, then their agencies.
    expect([five.statements, hundred.statements]).toEqual([2, 2]);
  });

  it('answers the directory, every agency with its booths and every booth with its agency, in a fixed number of statements', async () => {
    const directory = await statementsOf('{ agencies { slug name kind booths { code floor status agency { slug } } } }');
    expect(directory.data.agencies.length).toBeGreaterThanOrEqual(15);
    // The agencies, their booths, then the booths' agencies by key.
    expect(directory.statements).toBe(3);
    const byKind = await statementsOf('{ agencies(kind: BANK) { slug booths { code } } booths(status: OPEN) { code agency { slug } } }');
    expect(byKind.data.agencies.length).toBeGreaterThan(0);
    expect(byKind.statements).toBe(4);
  });
});
