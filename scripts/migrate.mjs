#!/usr/bin/env node
// `npm run migrate -- [subgraph…]`: brings each named subgraph's database (every registered one
// unless named) to the latest migration of the code built here, seeds Paser's data into an
// empty one and runs the subgraph's start-up backfills — the start-up work of its main.js,
// under the same start-up lock, without serving anything. A release that migrates runs this
// with its new code before it starts any new process (docs/production.md), so the new
// processes find nothing to do and the old ones meet the new schema only once it is complete.
//
// It needs only the subgraph's database (MPP_DATABASE_URL with that subgraph's own user, and
// MPP_DATABASE_PREFIX); it loads no key.
import { parseArgs } from 'node:util';
import { chooseSubgraphs, kit, loadToolConfig, requireFromKit, root, runTool, say } from './tooling.mjs';

const USAGE = 'usage: npm run migrate -- [subgraph…]';

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const config = loadToolConfig();
  const subgraphs = chooseSubgraphs(config.subgraphs, positionals, USAGE);
  // The kit's subgraph entry point registers what MikroORM needs process-wide, as a subgraph's main does.
  const { openPreparedSubgraphDatabase } = requireFromKit('./dist/subgraph.js');
  kit.clock.configure(config);
  for (const name of subgraphs) {
    const entry = kit.subgraphRegistry(root).find((candidate) => candidate.name === name);
    const definition = await kit.loadSubgraphDefinition(entry, root);
    const logger = kit.createLogger(name, config.logLevel);
    // The start-up work of startSubgraph itself, without serving.
    const database = await openPreparedSubgraphDatabase(definition, config, logger);
    try {
      const executed = await database.orm.getMigrator().getExecutedMigrations();
      say('migrate', `${name}: ${database.name} is at its latest migration, ${executed.at(-1)?.name ?? 'none'} (${executed.length} in all).`);
    } finally {
      await database.close();
    }
  }
}

runTool('migrate', USAGE, main);
