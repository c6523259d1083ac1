import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeFromSubgraphFiles, writeSupergraph } from './compose';

/** `npm run compose`: subgraph SDL files → gateway/supergraph.graphql and gateway/api-schema.graphql. */
composeFromSubgraphFiles()
  .then(writeSupergraph)
  .then(() => process.stdout.write(`wrote ${SUPERGRAPH_PATH}\nwrote ${API_SCHEMA_PATH}\n`))
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
