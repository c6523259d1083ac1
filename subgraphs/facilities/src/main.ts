import { runSubgraph } from '@mpp/kit/subgraph';
import { facilitiesSubgraph } from './subgraph';

/** Runs the facilities subgraph as its own process (production, or one piece of `npm start`). */
runSubgraph(facilitiesSubgraph);
