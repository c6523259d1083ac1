import { resolve } from 'node:path';
import { printSubgraphSdl } from '@mpp/kit';
import { catalogSubgraph } from './subgraph';

/** Writes this subgraph's SDL for composition; needs no server and no database. */
printSubgraphSdl(catalogSubgraph, resolve(__dirname, '..', 'schema.graphql'));
