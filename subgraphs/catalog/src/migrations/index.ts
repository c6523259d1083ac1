import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000CategoriesAndServices } from './Migration20261129000000_categories_and_services';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const catalogMigrations: MigrationObject[] = [
  { name: 'Migration20261129000000_categories_and_services', class: Migration20261129000000CategoriesAndServices },
];
