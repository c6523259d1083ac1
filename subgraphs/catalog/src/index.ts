/** The catalog subgraph as the registry loads it (subgraphs/registry.json). */
// First: what type-graphql and MikroORM need process-wide, whoever loads this package (a bench, a tool).
import '@mpp/kit/subgraph';
export { catalogSubgraph as subgraph } from './subgraph';
// For benchmarks that grow the catalog in place (never for other subgraphs: they federate).
export { Service, PublishStatus } from './services/service.entity';
export { reindexServices } from './search/search.indexer';
