import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * One agency's services never share a slug: the database guarantee behind the check against
 * what a caller can see (an agency's staff see all of its services), so two creations racing
 * with one slug cannot both land.
 */
export class Migration20261201020000ServiceAgencySlug extends PortableMigration {
  override up(): void {
    this.schema((schema) => schema.alterTable('service', (table) => table.unique(['agency_id', 'slug'])));
  }

  override down(): void {
    this.schema((schema) => schema.alterTable('service', (table) => table.dropUnique(['agency_id', 'slug'])));
  }
}
