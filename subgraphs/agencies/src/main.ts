import { runSubgraph } from '@mpp/kit/subgraph';
import { agenciesSubgraph } from './subgraph';

/** Runs the agencies subgraph as its own process (production, or one piece of `npm start`). */
runSubgraph(agenciesSubgraph);
