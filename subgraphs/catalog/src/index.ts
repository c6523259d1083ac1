export { catalogSubgraph } from './subgraph';
