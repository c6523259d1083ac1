import { writeFile } from 'node:fs/promises';
import { loadSubgraphDefinition, subgraphRegistry } from '@mpp/kit';
import { subgraphSdl, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeRegistry, repositoryRoot, subgraphSdlPath, writeSupergraph } from './compose';

/**
 * `npm run compose`: prints every registered subgraph's SDL from its built code (no server, no
 * database) into its `schema.graphql`, then composes gateway/supergraph.graphql and
 * gateway/api-schema.graphql. All of them are committed; a test fails while they are stale.
 */
async function compose(): Promise<void> {
  const printed = new Map<string, string>();
  for (const entry of subgraphRegistry(repositoryRoot)) {
    const sdl = `${(await subgraphSdl(await loadSubgraphDefinition<SubgraphDefinition>(entry, repositoryRoot))).trimEnd()}\n`;
    await writeFile(subgraphSdlPath(entry.name), sdl);
    process.stdout.write(`wrote ${subgraphSdlPath(entry.name)}\n`);
    printed.set(entry.name, sdl);
  }
  await writeSupergraph(composeRegistry((name) => printed.get(name)!));
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}\nwrote ${API_SCHEMA_PATH}\n`);
}

compose().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
