import { runSubgraph } from '@mpp/kit/subgraph';
import { catalogSubgraph } from './subgraph';

/** Runs the catalog subgraph as its own process (production, or one piece of `npm start`). */
runSubgraph(catalogSubgraph);
