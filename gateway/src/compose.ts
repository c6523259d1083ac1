import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, findRepositoryRoot, graphqlUrl } from '@mpp/kit';

export interface SubgraphSdl {
  name: string;
  /** The URL written into the supergraph; the gateway uses its configured URL instead. */
  url: string;
  sdl: string;
}

export interface ComposedSupergraph {
  /** The supergraph the gateway (or Apollo Router, Hive Gateway) serves. */
  supergraphSdl: string;
  /** The public API schema clients see; codegen types operations against it. */
  apiSchemaSdl: string;
}

/** Composes subgraph SDLs with @apollo/composition; throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): ComposedSupergraph {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trimEnd()}\n`,
  };
}

export const repositoryRoot = findRepositoryRoot(__dirname);
export const SUPERGRAPH_PATH = join(repositoryRoot, 'gateway', 'supergraph.graphql');
export const API_SCHEMA_PATH = join(repositoryRoot, 'gateway', 'api-schema.graphql');

/** Where `npm run sdl` of each subgraph writes its SDL. */
export function subgraphSdlPath(name: string): string {
  return join(repositoryRoot, 'subgraphs', name, 'schema.graphql');
}

/** Reads every subgraph's printed SDL and composes them. */
export async function composeFromSubgraphFiles(): Promise<ComposedSupergraph> {
  const subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      // The default loopback URL; the gateway uses its configured MPP_<NAME>_URL instead.
      url: graphqlUrl('127.0.0.1', DEFAULT_PORTS[name]),
      sdl: await readFile(subgraphSdlPath(name), 'utf8'),
    })),
  );
  return composeSupergraph(subgraphs);
}

export async function writeSupergraph(composed: ComposedSupergraph): Promise<void> {
  await writeFile(SUPERGRAPH_PATH, composed.supergraphSdl);
  await writeFile(API_SCHEMA_PATH, composed.apiSchemaSdl);
}
