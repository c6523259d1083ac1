import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { Role, newId, seedId, type PlatformConfig } from '@mpp/kit';
import { Agency } from '../agencies/agency.entity';
import { generatePassword, hashPassword } from './passwords';
import { StaffUser } from './staff-user.entity';

export const DEV_ACCOUNTS_FILE = 'dev-accounts.json';

/** One account per role for development: DPMPTSP admin and editor, BRI and BPJS partners, a Polres officer. */
const DEV_ACCOUNTS: { email: string; name: string; role: Role; agency: string | null }[] = [
  { email: 'admin@mpp-paser.local', name: 'Admin DPMPTSP', role: Role.ADMIN, agency: null },
  { email: 'editor@mpp-paser.local', name: 'Editor DPMPTSP', role: Role.EDITOR, agency: null },
  { email: 'bri@mpp-paser.local', name: 'Mitra BRI', role: Role.PARTNER, agency: 'bri' },
  { email: 'bpjs-kesehatan@mpp-paser.local', name: 'Mitra BPJS Kesehatan', role: Role.PARTNER, agency: 'bpjs-kesehatan' },
  { email: 'polres@mpp-paser.local', name: 'Petugas Polres', role: Role.OFFICER, agency: 'polres' },
];

export interface DevAccount {
  email: string;
  password: string;
  role: Role;
  /** Agency slug; null for DPMPTSP staff. */
  agency: string | null;
}

/**
 * On the first start of an empty development database: the accounts above with random
 * passwords, written to `<data folder>/dev-accounts.json` and returned to be printed once.
 * Never in production, where `npm run create-admin` makes the first account.
 */
export async function seedDevAccounts(em: EntityManager, config: PlatformConfig): Promise<DevAccount[]> {
  if (config.mode === 'production' || (await em.count(StaffUser)) > 0) return [];
  const accounts: DevAccount[] = [];
  for (const account of DEV_ACCOUNTS) {
    const password = generatePassword();
    em.create(StaffUser, {
      id: newId(),
      email: account.email,
      name: account.name,
      role: account.role,
      agency: account.agency ? em.getReference(Agency, seedId('agency', account.agency), { wrapped: true }) : null,
      active: true,
      mustChangePassword: false,
      passwordHash: await hashPassword(password),
    });
    accounts.push({ email: account.email, password, role: account.role, agency: account.agency });
  }
  await em.flush();
  writeFileSync(join(config.dataDir, DEV_ACCOUNTS_FILE), `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  return accounts;
}
