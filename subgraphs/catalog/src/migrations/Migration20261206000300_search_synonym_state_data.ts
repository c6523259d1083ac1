import { PortableMigration } from '@mpp/kit/subgraph';

/** The synonyms' revision counter's one row, at revision 1 (DDL and data in separate migrations). */
export class Migration20261206000300SearchSynonymStateData extends PortableMigration {
  override async up(): Promise<void> {
    await this.execute(this.getKnex()('search_synonym_state').insert({ id: 'synonyms', revision: 1 }));
  }

  override async down(): Promise<void> {
    await this.execute(this.getKnex()('search_synonym_state').where({ id: 'synonyms' }).delete());
  }
}
