import { VersionedRecord, type SubgraphDefinition } from '@mpp/kit';
import { AgencyReference } from './agencies/agency.reference-type';
import { AgencyServicesResolver, resolveAgencyReference } from './agencies/agency-services.resolver';
import { ServiceCategory } from './categories/category.entity';
import { resolveCategoryReference } from './categories/category.reference';
import { ServiceCategoryResolver } from './categories/category.resolver';
import { catalogMigrations } from './migrations';
import { SearchSynonym, SearchTermVariant, ServiceSearchTerm } from './search/search-index.entity';
import { prepareSearch } from './search/search.setup';
import { catalogSeed } from './seed/seed';
import { Service } from './services/service.entity';
import { resolveServiceReference } from './services/service.reference';
import { ServiceResolver } from './services/service.resolver';

/** The catalog subgraph: services with their Standar Pelayanan, and categories. */
export const catalogSubgraph: SubgraphDefinition = {
  name: 'catalog',
  entities: [VersionedRecord, ServiceCategory, Service, ServiceSearchTerm, SearchTermVariant, SearchSynonym],
  migrations: catalogMigrations,
  resolvers: [ServiceResolver, ServiceCategoryResolver, AgencyServicesResolver],
  orphanedTypes: [AgencyReference],
  referenceResolvers: {
    Service: resolveServiceReference,
    ServiceCategory: resolveCategoryReference,
    Agency: resolveAgencyReference,
  },
  seed: catalogSeed,
  prepare: prepareSearch,
};
