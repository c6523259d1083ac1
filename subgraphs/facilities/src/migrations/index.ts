import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261210000000MallFacilitiesListings } from './Migration20261210000000_mall_facilities_listings';
import { Migration20261211000000MallClosedDateYears } from './Migration20261211000000_mall_closed_date_years';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const facilitiesMigrations: MigrationObject[] = [
  { name: 'Migration20261210000000_mall_facilities_listings', class: Migration20261210000000MallFacilitiesListings },
  { name: 'Migration20261211000000_mall_closed_date_years', class: Migration20261211000000MallClosedDateYears },
];
