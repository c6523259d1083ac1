import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Sign-in limits count the last minute's failures by email and by client address: an index on
 * each with the time replaces the one on each alone.
 */
export class Migration20261202000000LoginFailureWindows extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.alterTable('login_failure', (table) => {
        table.index(['email', 'failed_at']);
        table.index(['client_address', 'failed_at']);
        table.dropIndex(['email']);
        table.dropIndex(['client_address']);
      }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema.alterTable('login_failure', (table) => {
        table.index(['email']);
        table.index(['client_address']);
        table.dropIndex(['email', 'failed_at']);
        table.dropIndex(['client_address', 'failed_at']);
      }),
    );
  }
}
