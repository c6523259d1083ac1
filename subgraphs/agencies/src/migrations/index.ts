import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000AgenciesAndBooths } from './Migration20261129000000_agencies_and_booths';
import { Migration20261129020000StaffAccounts } from './Migration20261129020000_staff_accounts';
import { Migration20261129030000AuditTrail } from './Migration20261129030000_audit_trail';
import { Migration20261201000000RefreshTokenSessions } from './Migration20261201000000_refresh_token_sessions';
import { Migration20261201010000RefreshTokenSessionIds } from './Migration20261201010000_refresh_token_session_ids';
import { Migration20261202000000LoginFailureWindows } from './Migration20261202000000_login_failure_windows';
import { Migration20261203000000RefreshTokenClientAddresses } from './Migration20261203000000_refresh_token_client_addresses';
import { Migration20261203010000SignInTurns } from './Migration20261203010000_sign_in_turns';
import { Migration20261204000000ForgetRefreshedClientAddresses } from './Migration20261204000000_forget_refreshed_client_addresses';
import { Migration20261205000000Kiosks } from './Migration20261205000000_kiosks';
import { Migration20261211000000TenantAgenciesData } from './Migration20261211000000_tenant_agencies_data';
import { Migration20261212000000DirectoryFilterIndexes } from './Migration20261212000000_directory_filter_indexes';

/** Every migration of this subgraph, oldest first; the same list runs on SQLite and MySQL. */
export const agenciesMigrations: MigrationObject[] = [
  { name: 'Migration20261129000000_agencies_and_booths', class: Migration20261129000000AgenciesAndBooths },
  { name: 'Migration20261129020000_staff_accounts', class: Migration20261129020000StaffAccounts },
  { name: 'Migration20261129030000_audit_trail', class: Migration20261129030000AuditTrail },
  { name: 'Migration20261201000000_refresh_token_sessions', class: Migration20261201000000RefreshTokenSessions },
  { name: 'Migration20261201010000_refresh_token_session_ids', class: Migration20261201010000RefreshTokenSessionIds },
  { name: 'Migration20261202000000_login_failure_windows', class: Migration20261202000000LoginFailureWindows },
  { name: 'Migration20261203000000_refresh_token_client_addresses', class: Migration20261203000000RefreshTokenClientAddresses },
  { name: 'Migration20261203010000_sign_in_turns', class: Migration20261203010000SignInTurns },
  { name: 'Migration20261204000000_forget_refreshed_client_addresses', class: Migration20261204000000ForgetRefreshedClientAddresses },
  { name: 'Migration20261205000000_kiosks', class: Migration20261205000000Kiosks },
  { name: 'Migration20261211000000_tenant_agencies_data', class: Migration20261211000000TenantAgenciesData },
  { name: 'Migration20261212000000_directory_filter_indexes', class: Migration20261212000000DirectoryFilterIndexes },
];
