import { printSubgraphSdl } from '@mpp/kit';
import { catalogSubgraph } from './subgraph';

/** Writes this subgraph's SDL for composition; needs no server and no database. */
printSubgraphSdl(catalogSubgraph, `${__dirname}/../schema.graphql`);
