import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Refresh tokens keep the client address they were issued to: the sign-in limits let an
 * account through from an address it has signed in from lately, and look that up by account,
 * address and time, hence an index on the three. Tokens issued before have no address.
 */
export class Migration20261203000000RefreshTokenClientAddresses extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.alterTable('refresh_token', (table) => {
        table.string('client_address', 64).nullable();
        table.index(['user_id', 'client_address', 'created_at']);
      }),
    );
  }

  override down(): void {
    this.schema((schema) =>
      schema.alterTable('refresh_token', (table) => {
        table.dropIndex(['user_id', 'client_address', 'created_at']);
        table.dropColumn('client_address');
      }),
    );
  }
}
