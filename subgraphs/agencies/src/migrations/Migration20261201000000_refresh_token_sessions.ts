import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Refresh tokens name their session, so that ending a session also ends its access tokens.
 * Null is allowed only because SQLite cannot add a NOT NULL column to a table with rows; the
 * next migration fills it in.
 */
export class Migration20261201000000RefreshTokenSessions extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.alterTable('refresh_token', (table) => {
        table.string('session_id', 36).nullable().index();
      }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema.alterTable('refresh_token', (table) => {
        table.dropIndex(['session_id']);
        table.dropColumn('session_id');
      }),
    );
  }
}
