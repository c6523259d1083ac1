import { findRepositoryRoot, loadConfig, runMain } from '@mpp/kit';
import { startGateway } from './gateway';

/** Runs the gateway as its own process; subgraphs are found through MPP_<NAME>_URL. */
runMain(async () => {
  const gateway = await startGateway(loadConfig(process.env, findRepositoryRoot(), { kind: 'gateway' }));
  return () => gateway.stop();
});
