import { PortableMigration } from '@mpp/kit/subgraph';

/** Staff accounts, their refresh tokens, and recent failed sign-ins (for rate limits). */
export class Migration20261129020000StaffAccounts extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema
        .createTable('staff_user', (table) => {
          this.idColumn(table);
          table.string('email', 254).notNullable().unique();
          table.string('name', 120).notNullable();
          table.string('role', 16).notNullable();
          table.string('agency_id', 36).nullable().index();
          table.foreign('agency_id').references('agency.id').onUpdate('cascade').onDelete('restrict');
          table.boolean('active').notNullable();
          table.boolean('must_change_password').notNullable();
          table.string('password_hash', 255).notNullable();
          this.recordColumns(table);
        })
        .createTable('refresh_token', (table) => {
          this.idColumn(table);
          table.string('user_id', 36).notNullable().index();
          table.string('token_hash', 64).notNullable().unique();
          table.datetime('expires_at').notNullable();
          table.datetime('created_at').notNullable();
          table.datetime('revoked_at').nullable();
          table.string('revoked_reason', 16).nullable();
        })
        .createTable('login_failure', (table) => {
          this.idColumn(table);
          table.string('email', 254).notNullable().index();
          table.string('client_address', 64).notNullable().index();
          table.datetime('failed_at').notNullable().index();
        }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('login_failure').dropTable('refresh_token').dropTable('staff_user'));
  }
}
