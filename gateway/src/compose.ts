import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { findRepositoryRoot, graphqlUrl, subgraphRegistry } from '@mpp/kit';

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

/** Where each subgraph's printed SDL is committed: `schema.graphql` in its workspace. */
export function subgraphSdlPath(name: string): string {
  const entry = subgraphRegistry(repositoryRoot).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no subgraph "${name}" in the registry`);
  return join(repositoryRoot, entry.workspace, 'schema.graphql');
}

/**
 * Composes the registry's subgraphs from their SDL, in registry order. Each URL written into the
 * supergraph is the default loopback one; the gateway uses its configured MPP_<NAME>_URL instead.
 */
export function composeRegistry(sdlOf: (name: string) => string, rootDir: string = repositoryRoot): ComposedSupergraph {
  return composeSupergraph(
    subgraphRegistry(rootDir).map(({ name, port }) => ({ name, url: graphqlUrl('127.0.0.1', port), sdl: sdlOf(name) })),
  );
}

/** Composes the committed subgraph SDL files. */
export async function composeFromSubgraphFiles(): Promise<ComposedSupergraph> {
  const files = new Map(
    await Promise.all(subgraphRegistry(repositoryRoot).map(async ({ name }) => [name, await readFile(subgraphSdlPath(name), 'utf8')] as const)),
  );
  return composeRegistry((name) => files.get(name)!);
}

export async function writeSupergraph(composed: ComposedSupergraph): Promise<void> {
  await writeFile(SUPERGRAPH_PATH, composed.supergraphSdl);
  await writeFile(API_SCHEMA_PATH, composed.apiSchemaSdl);
}
