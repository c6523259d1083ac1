import { PortableMigration } from '@mpp/kit/subgraph';

const MOVED = [
  'public_updated_at',
  'pending_content',
  'pending_state',
  'pending_comment',
  'pending_by_user_id',
  'pending_by_role',
  'pending_by_agency_id',
  'pending_at',
];

/**
 * The service row keeps only what the public side is: the pending edit moved to service_edit,
 * and `updated_at` now moves only when the public side does, so public_updated_at goes too.
 * Plain `alter table … drop column` (SQLite 3.35+, MySQL): knex's schema builder would rebuild
 * the whole table on SQLite, which it cannot express as statements.
 */
export class Migration20261201010200ServicePendingColumns extends PortableMigration {
  override up(): void {
    const knex = this.getKnex();
    for (const column of MOVED) this.addSql(knex.raw('alter table ?? drop column ??', ['service', column]).toQuery());
  }
}
