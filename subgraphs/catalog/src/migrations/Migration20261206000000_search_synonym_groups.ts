import { PortableMigration } from '@mpp/kit/subgraph';

/** Synonym groups as records editors change as a whole, each with its version. */
export class Migration20261206000000SearchSynonymGroups extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('search_synonym_group', (table) => {
        this.idColumn(table);
        table.string('key', 64).notNullable().unique();
        table.json('phrases').notNullable();
        this.recordColumns(table);
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('search_synonym_group'));
  }
}
