import { loadConfig, runMain } from '@mpp/kit';
import { startSubgraph } from '@mpp/kit/subgraph';
import { catalogSubgraph } from './subgraph';

/** Runs the catalog subgraph as its own process (production, or one piece of `npm start`). */
runMain(async () => {
  const running = await startSubgraph(catalogSubgraph, loadConfig());
  return () => running.stop();
});
