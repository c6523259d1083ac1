import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, type GraphQLField } from 'graphql';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeRegistry, subgraphSdlPath } from '@mpp/gateway';
import { subgraphSdl } from '@mpp/kit/subgraph';
import { subgraphDefinitions } from './support/platform';

const STALE = 'is stale: run `npm run compose` and commit the result';

describe('the committed supergraph', () => {
  const printed = new Map<string, string>();

  beforeAll(async () => {
    for (const [name, definition] of await subgraphDefinitions()) printed.set(name, `${(await subgraphSdl(definition)).trimEnd()}\n`);
  });

  it('holds every registered subgraph\'s current SDL', () => {
    expect(printed.size).toBeGreaterThan(0);
    for (const [name, sdl] of printed) {
      expect([subgraphSdlPath(name), readFileSync(subgraphSdlPath(name), 'utf8')]).toEqual([subgraphSdlPath(name), sdl]);
    }
  });

  it(`is what composing the subgraphs gives now (otherwise it ${STALE})`, () => {
    const composed = composeRegistry((name) => printed.get(name)!);
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  // The public contract, field by field: type and arguments exactly, so one field cannot stand
  // in for another that merely contains the same text.
  it.each([
    ['Query', 'agencies', 'agencies(kind: AgencyKind): [Agency!]!'],
    ['Query', 'agency', 'agency(id: ID, slug: String): Agency'],
    ['Query', 'booths', 'booths(status: BoothStatus): [Booth!]!'],
    ['Query', 'me', 'me: StaffUser'],
    ['Query', 'services', 'services(filter: ServiceFilter, limit: Int = 20, offset: Int = 0): ServicePage!'],
    ['Query', 'service', 'service(id: ID, slug: String): Service'],
    ['Query', 'serviceCategories', 'serviceCategories: [ServiceCategory!]!'],
    ['Agency', 'services', 'services: [Service!]'],
    ['Agency', 'booths', 'booths: [Booth!]!'],
    ['Booth', 'agency', 'agency: Agency!'],
    ['Service', 'agency', 'agency: Agency'],
    ['Service', 'category', 'category: ServiceCategory!'],
    ['Service', 'fee', 'fee: Fee!'],
    ['Service', 'processingTime', 'processingTime: String!'],
    ['Service', 'status', 'status: PublishStatus!'],
    ['Fee', 'tiers', 'tiers: [FeeTier!]!'],
    ['ServicePage', 'totalCount', 'totalCount: Int!'],
    ['Mutation', 'login', 'login(email: String!, password: String!): AuthPayload!'],
    ['Mutation', 'updateAgency', 'updateAgency(id: ID!, input: AgencyInput!, version: Int!): Agency!'],
  ])('keeps %s.%s as %s', (typeName, fieldName, expected) => {
    const type = apiSchema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the API schema`);
    const field = type.getFields()[fieldName];
    if (!field) throw new Error(`${typeName}.${fieldName} is missing from the API schema`);
    expect(printField(field)).toBe(expected);
  });
});

const apiSchema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

/** A field as one line, its arguments sorted by name (their order is not part of the contract). */
function printField(field: GraphQLField<unknown, unknown>): string {
  const args = [...field.args]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((arg) => `${arg.name}: ${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${JSON.stringify(arg.defaultValue)}`}`);
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''}: ${String(field.type)}`;
}
