import { loadConfig, runMain } from '@mpp/kit';
import { startSubgraph } from '@mpp/kit/subgraph';
import { agenciesSubgraph } from './subgraph';

/** Runs the agencies subgraph as its own process (production, or one piece of `npm start`). */
runMain(async () => {
  const running = await startSubgraph(agenciesSubgraph, loadConfig());
  return () => running.stop();
});
