/** The agencies subgraph as the registry loads it (subgraphs/registry.json). */
export { agenciesSubgraph as subgraph } from './subgraph';
