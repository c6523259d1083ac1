import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Slugs are unique among the services that have been public, not among every draft: a
 * uniqueness check over hidden drafts told partners what other agencies were preparing.
 */
export class Migration20261201000000PublicSlug extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.alterTable('service', (table) => {
        table.dropUnique(['slug']);
        table.index(['slug']);
        table.string('public_slug', 120).nullable().unique();
      }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema.alterTable('service', (table) => {
        table.dropUnique(['public_slug']);
        table.dropColumn('public_slug');
        table.dropIndex(['slug']);
        table.unique(['slug']);
      }),
    );
  }
}
