import { readFileSync } from 'node:fs';
import { agenciesSubgraph } from '@mpp/agencies';
import { catalogSubgraph } from '@mpp/catalog';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeSupergraph, subgraphSdlPath } from '@mpp/gateway';
import { DEFAULT_PORTS, graphqlUrl, subgraphSdl, type SubgraphDefinition } from '@mpp/kit';

const STALE = 'is stale: run `npm run compose` and commit the result';

describe('the committed supergraph', () => {
  const definitions: SubgraphDefinition[] = [agenciesSubgraph, catalogSubgraph];
  let printed: { name: string; sdl: string }[];

  beforeAll(async () => {
    printed = await Promise.all(definitions.map(async (definition) => ({ name: definition.name, sdl: await subgraphSdl(definition) })));
  });

  it('holds each subgraph\'s current SDL', () => {
    for (const { name, sdl } of printed) {
      const committed = readFileSync(subgraphSdlPath(name), 'utf8');
      expect([`subgraphs/${name}/schema.graphql`, committed]).toEqual([`subgraphs/${name}/schema.graphql`, `${sdl.trimEnd()}\n`]);
    }
  });

  it(`is what composing the subgraphs gives now (otherwise it ${STALE})`, () => {
    const composed = composeSupergraph(
      printed.map(({ name, sdl }) => ({ name, sdl, url: graphqlUrl('127.0.0.1', DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS]) })),
    );
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('keeps the public names of API.md', () => {
    const api = readFileSync(API_SCHEMA_PATH, 'utf8');
    for (const name of [
      'agencies(kind: AgencyKind): [Agency!]!',
      'agency(slug: String, id: ID): Agency',
      'booths(status: BoothStatus): [Booth!]!',
      'serviceCategories: [ServiceCategory!]!',
      'service(slug: String, id: ID): Service',
      'services: [Service!]',
      'agency: Agency\n',
      'fee: Fee!',
      'totalCount: Int!',
    ]) {
      expect(api).toContain(name);
    }
  });
});
