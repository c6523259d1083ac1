import { PortableMigration } from '@mpp/kit/subgraph';

/** Moves each pending edit from its service's row into service_edit (the edit takes the service's id). */
export class Migration20261201010100ServiceEditsData extends PortableMigration {
  override up(): void {
    const knex = this.getKnex();
    const pending = knex('service')
      .whereNotNull('pending_content')
      .select(
        'id',
        // As a new edit starts: its service's version × 10,000 + 1 (see EDIT_VERSION_STRIDE).
        knex.raw('?? * 10000 + 1', ['version']),
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
  }
}
