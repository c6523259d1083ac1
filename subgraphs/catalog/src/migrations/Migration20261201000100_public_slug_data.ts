import { PortableMigration } from '@mpp/kit/subgraph';

/** Services already public keep their slug reserved (DDL and data in separate migrations). */
export class Migration20261201000100PublicSlugData extends PortableMigration {
  override up(): void {
    const knex = this.getKnex();
    const everPublished = knex('service_revision').select('service_id');
    const update = knex('service')
      .update({ public_slug: knex.ref('slug') })
      .where('status', 'PUBLISHED')
      .orWhere((archived) => {
        archived.where('status', 'ARCHIVED').whereIn('id', everPublished);
      });
    this.addSql(update.toQuery());
  }
}
