import { resolve } from 'node:path';
import { printSubgraphSdl } from '@mpp/kit';
import { agenciesSubgraph } from './subgraph';

/** Writes this subgraph's SDL for composition; needs no server and no database. */
printSubgraphSdl(agenciesSubgraph, resolve(__dirname, '..', 'schema.graphql'));
