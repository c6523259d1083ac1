import { AuditRecord, VersionedRecord, type SubgraphDefinition } from '@mpp/kit/subgraph';
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
import { ensureFirstRevisions } from './services/service.revisions';
import { ServiceRevision } from './services/service-revision.entity';
import { resolveServiceReference } from './services/service.reference';
import { ServiceResolver } from './services/service.resolver';
import {
  ServiceEditReferencesResolver,
  ServiceEditingResolver,
  ServiceRevisionReferencesResolver,
} from './services/service-editing.resolver';

/** The catalog subgraph: services with their Standar Pelayanan, and categories. */
export const catalogSubgraph: SubgraphDefinition = {
  name: 'catalog',
  entities: [VersionedRecord, AuditRecord, ServiceCategory, Service, ServiceRevision, ServiceSearchTerm, SearchTermVariant, SearchSynonym],
  migrations: catalogMigrations,
  resolvers: [
    ServiceResolver,
    ServiceEditingResolver,
    ServiceEditReferencesResolver,
    ServiceRevisionReferencesResolver,
    ServiceCategoryResolver,
    AgencyServicesResolver,
  ],
  orphanedTypes: [AgencyReference],
  referenceResolvers: {
    Service: resolveServiceReference,
    ServiceCategory: resolveCategoryReference,
    Agency: resolveAgencyReference,
  },
  seed: catalogSeed,
  async prepare(em) {
    await prepareSearch(em);
    await ensureFirstRevisions(em);
  },
};
