import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Moves each pending edit from its service's row into service_edit (the edit takes the service's
 * id), and gives each service the public `updated_at` it showed before.
 */
export class Migration20261201010100ServiceEditsData extends PortableMigration {
  override up(): void {
    const knex = this.getKnex();
    const pending = knex('service')
      .whereNotNull('pending_content')
      .select(
        'id',
        // Where every edit row starts counting (EDIT_VERSION_BASE), plus this first state.
        knex.raw('1000001'),
        'pending_at',
        'pending_at',
        'id',
        'pending_content',
        'pending_state',
        'pending_comment',
        'pending_by_user_id',
        'pending_by_role',
        'pending_by_agency_id',
      );
    const columns = ['id', 'version', 'created_at', 'updated_at', 'service_id', 'content', 'state', 'review_comment', 'edited_by_user_id', 'edited_by_role', 'edited_by_agency_id'];
    this.addSql(knex.into(knex.raw('?? (??)', ['service_edit', columns])).insert(pending).toQuery());
    // updated_at moved with pending-edit actions too; from now on it is what the public reads, so
    // it takes the time the public side last changed (before public_updated_at is dropped).
    this.addSql(knex('service').update({ updated_at: knex.raw('coalesce(??, ??)', ['public_updated_at', 'created_at']) }).toQuery());
  }
}
