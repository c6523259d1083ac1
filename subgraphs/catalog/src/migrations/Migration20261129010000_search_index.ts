import { PortableMigration } from '@mpp/kit/subgraph';

/** The catalog's own search index: terms per service field, typo variants, synonyms. */
export class Migration20261129010000SearchIndex extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('service_search_term', (table) => {
          table.string('service_id', 36).notNullable();
          table.string('field', 16).notNullable();
          table.string('term', 64).notNullable().index();
          table.string('stem', 64).notNullable().index();
          table.primary(['service_id', 'field', 'term']);
        })
        .createTable('search_term_variant', (table) => {
          table.string('variant', 64).notNullable();
          table.string('term', 64).notNullable();
          table.primary(['variant', 'term']);
        })
        .createTable('search_synonym', (table) => {
          this.idColumn(table);
          table.string('group_key', 64).notNullable().index();
          table.string('phrase', 120).notNullable().unique();
        }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('search_synonym').dropTable('search_term_variant').dropTable('service_search_term'));
  }
}
