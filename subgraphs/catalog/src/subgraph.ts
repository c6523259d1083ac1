import type { SubgraphDefinition } from '@mpp/kit/subgraph';
import { resolveAgencyReference } from './agencies/agency.reference';
import { AgencyReference } from './agencies/agency.reference-type';
import { AgencyServicesResolver } from './agencies/agency-services.resolver';
import { ServiceCategory } from './categories/category.entity';
import { resolveCategoryReference } from './categories/category.reference';
import { ServiceCategoryResolver } from './categories/category.resolver';
import { catalogMigrations } from './migrations';
import { ServiceRevision } from './revisions/service-revision.entity';
import { ensureFirstRevisions } from './revisions/service-revision.backfill';
import { SearchSynonym, SearchTermVariant, ServiceSearchTerm } from './search/search-index.entity';
import { prepareSearch } from './search/search.setup';
import { SearchSynonymGroup } from './search-synonyms/search-synonym-group.entity';
import { SearchSynonymState } from './search-synonyms/search-synonym-state.entity';
import { SearchSynonymGroupResolver } from './search-synonyms/search-synonym.resolver';
import { catalogSeed } from './seed/seed';
import { ServiceEdit } from './service-edits/service-edit.entity';
import { PendingEditReferencesResolver, RevisionReferencesResolver } from './services/service-content.resolver';
import { Service } from './services/service.entity';
import { resolveServiceReference } from './services/service.reference';
import { ServiceResolver } from './services/service.resolver';

/** The catalog subgraph: services with their Standar Pelayanan, their edits and revisions, categories, search. */
export const catalogSubgraph: SubgraphDefinition = {
  name: 'catalog',
  entities: [ServiceCategory, Service, ServiceEdit, ServiceRevision, ServiceSearchTerm, SearchTermVariant, SearchSynonym, SearchSynonymGroup, SearchSynonymState],
  migrations: catalogMigrations,
  resolvers: [ServiceResolver, PendingEditReferencesResolver, RevisionReferencesResolver, ServiceCategoryResolver, AgencyServicesResolver, SearchSynonymGroupResolver],
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
