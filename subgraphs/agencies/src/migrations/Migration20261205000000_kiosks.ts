import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * Kiosks: ticket kiosks in the mall hall, signed in with a device token kept as its SHA-256.
 * Their changes go to the audit trail the subgraph already keeps (actor role KIOSK fits its
 * role column), so it needs nothing new.
 */
export class Migration20261205000000Kiosks extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('kiosk', (table) => {
        this.idColumn(table);
        table.string('name', 80).notNullable();
        table.string('device_token_hash', 64).notNullable().unique();
        table.datetime('revoked_at').nullable();
        table.datetime('last_session_started_at').nullable();
        this.recordColumns(table);
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('kiosk'));
  }
}
