import { loadConfig, runMain, startSubgraph } from '@mpp/kit';
import { catalogSubgraph } from './subgraph';

/** Runs the catalog subgraph as its own process (production, or one piece of `npm start`). */
runMain(async () => {
  const running = await startSubgraph(catalogSubgraph, loadConfig());
  return running.stop;
});
