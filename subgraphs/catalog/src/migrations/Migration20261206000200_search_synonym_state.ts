import { PortableMigration } from '@mpp/kit/subgraph';

/** The synonyms' revision counter (search-synonyms/search-synonym-state.entity.ts): its table. */
export class Migration20261206000200SearchSynonymState extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('search_synonym_state', (table) => {
        table.string('id', 16).notNullable().primary();
        table.integer('revision').notNullable();
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('search_synonym_state'));
  }
}
