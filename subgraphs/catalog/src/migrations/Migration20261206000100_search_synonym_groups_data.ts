import { clock, seedId } from '@mpp/kit';
import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * A group record for every group key the synonym rows name, holding its phrases (DDL and data
 * in separate migrations). A group gets the stable ID the seed gives it, so a database seeded
 * before groups existed and one seeded after agree. Phrases in alphabetical order: the rows
 * kept no other.
 */
export class Migration20261206000100SearchSynonymGroupsData extends PortableMigration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const rows = (await this.execute(knex('search_synonym').select('group_key', 'phrase'))) as { group_key: string; phrase: string }[];
    const groups = new Map<string, string[]>();
    for (const { group_key: key, phrase } of rows) groups.set(key, [...(groups.get(key) ?? []), phrase]);
    if (groups.size === 0) return;
    const now = clock.now();
    // Values are bound, never written into the SQL: a date in the form each database stores.
    await this.execute(
      knex('search_synonym_group').insert(
        [...groups].map(([key, phrases]) => ({
          id: seedId('search-synonym-group', key),
          key,
          phrases: JSON.stringify(phrases.sort()),
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      ),
    );
  }
}
