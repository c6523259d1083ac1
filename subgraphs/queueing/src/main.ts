import { runSubgraph } from '@mpp/kit/subgraph';
import { queueingSubgraph } from './subgraph';

/** Runs the queueing subgraph as its own process (production, or one piece of `npm start`). */
runSubgraph(queueingSubgraph);
