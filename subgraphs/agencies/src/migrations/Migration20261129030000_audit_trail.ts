import { PortableMigration, createAuditTable } from '@mpp/kit/subgraph';

/** The audit trail: every change to agencies, booths and accounts. */
export class Migration20261129030000AuditTrail extends PortableMigration {
  override up(): void {
    this.schema((schema) => createAuditTable(schema, (table) => this.idColumn(table)));
  }

  override down(): void {
    this.schema((schema) => schema.dropTable('audit_record'));
  }
}
