import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000CategoriesAndServices } from './Migration20261129000000_categories_and_services';
import { Migration20261129010000SearchIndex } from './Migration20261129010000_search_index';
import { Migration20261129040000EditorialWorkflow } from './Migration20261129040000_editorial_workflow';
import { Migration20261201000000PublicSlug } from './Migration20261201000000_public_slug';
import { Migration20261201000100PublicSlugData } from './Migration20261201000100_public_slug_data';
import { Migration20261201010000ServiceEdits } from './Migration20261201010000_service_edits';
import { Migration20261201010100ServiceEditsData } from './Migration20261201010100_service_edits_data';
import { Migration20261201010200ServicePendingColumns } from './Migration20261201010200_service_pending_columns';
import { Migration20261201020000ServiceAgencySlug } from './Migration20261201020000_service_agency_slug';
import { Migration20261206000000SearchSynonymGroups } from './Migration20261206000000_search_synonym_groups';
import { Migration20261206000200SearchSynonymState } from './Migration20261206000200_search_synonym_state';
import { Migration20261206000300SearchSynonymStateData } from './Migration20261206000300_search_synonym_state_data';
import { Migration20261206000100SearchSynonymGroupsData } from './Migration20261206000100_search_synonym_groups_data';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const catalogMigrations: MigrationObject[] = [
  { name: 'Migration20261129000000_categories_and_services', class: Migration20261129000000CategoriesAndServices },
  { name: 'Migration20261129010000_search_index', class: Migration20261129010000SearchIndex },
  { name: 'Migration20261129040000_editorial_workflow', class: Migration20261129040000EditorialWorkflow },
  { name: 'Migration20261201000000_public_slug', class: Migration20261201000000PublicSlug },
  { name: 'Migration20261201000100_public_slug_data', class: Migration20261201000100PublicSlugData },
  { name: 'Migration20261201010000_service_edits', class: Migration20261201010000ServiceEdits },
  { name: 'Migration20261201010100_service_edits_data', class: Migration20261201010100ServiceEditsData },
  { name: 'Migration20261201010200_service_pending_columns', class: Migration20261201010200ServicePendingColumns },
  { name: 'Migration20261201020000_service_agency_slug', class: Migration20261201020000ServiceAgencySlug },
  { name: 'Migration20261206000000_search_synonym_groups', class: Migration20261206000000SearchSynonymGroups },
  { name: 'Migration20261206000100_search_synonym_groups_data', class: Migration20261206000100SearchSynonymGroupsData },
  { name: 'Migration20261206000200_search_synonym_state', class: Migration20261206000200SearchSynonymState },
  { name: 'Migration20261206000300_search_synonym_state_data', class: Migration20261206000300SearchSynonymStateData },
];
