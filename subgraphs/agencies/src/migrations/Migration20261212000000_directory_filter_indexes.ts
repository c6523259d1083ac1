import { PortableMigration } from '@mpp/kit/subgraph';

/** The public directory's filters: agencies by kind (`agencies(kind:)`), booths by status (`booths(status:)`). */
export class Migration20261212000000DirectoryFilterIndexes extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .alterTable('agency', (table) => table.index(['kind']))
        .alterTable('booth', (table) => table.index(['status'])),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema
        .alterTable('agency', (table) => table.dropIndex(['kind']))
        .alterTable('booth', (table) => table.dropIndex(['status'])),
    );
  }
}
