import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ClassType, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { refuseControlCharactersInArguments } from './control-characters';
import { requireUnitOfWorkInMutations } from './mutations-in-units';
import { CalendarDateScalar, DateTimeScalar } from './scalars';

/** Resolves an entity another subgraph refers to by key; goes through a per-request loader. */
export type ReferenceResolver = (reference: { id: string }, context: RequestContext) => unknown;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<ClassType>;
  orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers: Record<string, ReferenceResolver>;
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/**
 * type-graphql classes → a federation 2 subgraph schema: the classes are printed with their
 * directives, linked to the federation spec, and given type-graphql's resolvers (each refusing
 * control characters in its arguments, each mutation required to run in a unit of work) plus
 * each entity's `__resolveReference`.
 */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Field rules live in the managers (BAD_USER_INPUT naming the field), not in decorators.
    validate: false,
    skipCheck: true,
  });
  refuseControlCharactersInArguments(schema);
  requireUnitOfWorkInMutations(schema);
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolveReference,
    };
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

export { CalendarDateScalar, DateTimeScalar };

/** The subgraph's SDL as composition reads it (federation directives included). */
export async function subgraphSdl(definition: SchemaDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}
