export { agenciesSubgraph } from './subgraph';
