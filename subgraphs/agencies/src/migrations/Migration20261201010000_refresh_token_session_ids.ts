import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Each refresh token issued before sessions had ids becomes a session of its own (its id as
 * the session id); a data change, apart from the DDL before it, as MySQL commits DDL at once.
 */
export class Migration20261201010000RefreshTokenSessionIds extends PortableMigration {
  override up(): void {
    const knex = this.getKnex();
    this.addSql(knex('refresh_token').whereNull('session_id').update({ session_id: knex.ref('id') }));
  }

  override down(): void {
    // Nothing to undo: the previous migration's down drops the column.
  }
}
