/** The facilities subgraph as the registry loads it (subgraphs/registry.json). */
// First: what type-graphql and MikroORM need process-wide, whoever loads this package (a bench, a tool).
import '@mpp/kit/subgraph';
export { facilitiesSubgraph as subgraph } from './subgraph';
