import { PortableMigration } from '@mpp/kit/subgraph';

/**
 * The rows sign-in attempts take turns on (sessions/sign-in-limits.ts, takeTurn): a fixed set,
 * one per hash bucket of emails and of client addresses, written to and never deleted.
 */
export class Migration20261203010000SignInTurns extends PortableMigration {
  override up(): void {
    this.schema((schema) =>
      schema.createTable('sign_in_turn', (table) => {
        table.string('id', 64).notNullable().primary();
        table.datetime('taken_at').notNullable();
      }),
    );
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('sign_in_turn'));
  }
}
