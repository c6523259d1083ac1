import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { KIOSK_ROLE, Role, newId, seedId, type KioskRole, type PlatformConfig } from '@mpp/kit';
import { Agency } from '../agencies/agency.entity';
import { Kiosk } from '../kiosks/kiosk.entity';
import { hashDeviceToken, newDeviceToken } from '../kiosks/kiosk.tokens';
import { generatePassword, hashPassword } from './passwords';
import { StaffUser } from './staff-user.entity';

export const DEV_ACCOUNTS_FILE = 'dev-accounts.json';

/**
 * One account per role for development: DPMPTSP admin and editor, BRI and BPJS partners, a Polres
 * officer; and the cafeteria tenant's partner, who keeps its status and menu (facilities).
 */
const DEV_ACCOUNTS: { email: string; name: string; role: Role; agency: string | null }[] = [
  { email: 'admin@mpp-paser.local', name: 'Admin DPMPTSP', role: Role.ADMIN, agency: null },
  { email: 'editor@mpp-paser.local', name: 'Editor DPMPTSP', role: Role.EDITOR, agency: null },
  { email: 'bri@mpp-paser.local', name: 'Mitra BRI', role: Role.PARTNER, agency: 'bri' },
  { email: 'bpjs-kesehatan@mpp-paser.local', name: 'Mitra BPJS Kesehatan', role: Role.PARTNER, agency: 'bpjs-kesehatan' },
  { email: 'polres@mpp-paser.local', name: 'Petugas Polres', role: Role.OFFICER, agency: 'polres' },
  { email: 'kafetaria@mpp-paser.local', name: 'Mitra Kafetaria MPP', role: Role.PARTNER, agency: 'kafetaria-mpp' },
];

/** The development kiosk: what a queueing screen in development signs in as. */
export const DEV_KIOSK_NAME = 'Kiosk Lobi Utama';

export interface DevStaffAccount {
  email: string;
  password: string;
  role: Role;
  /** Agency slug; null for DPMPTSP staff. */
  agency: string | null;
}

export interface DevKiosk {
  role: KioskRole;
  name: string;
  /** Its device token, to trade with startKioskSession. */
  token: string;
}

/** An entry of `dev-accounts.json`. */
export type DevAccount = DevStaffAccount | DevKiosk;

/**
 * Outside production, on every start: each development account above that the database lacks
 * (by email), once its agency exists, with a random password, and the development kiosk unless
 * a kiosk has its name (revoked or not) with a new device token. They are appended to
 * `<data folder>/dev-accounts.json` and returned to be printed once; the entries already in
 * the file stay as they are (a password written there cannot be told again, so it is never
 * rewritten). So a data folder made by an earlier version gains what a later one adds on its
 * next start. Never in production, where `npm run create-admin` makes the first account.
 */
export async function seedDevAccounts(em: EntityManager, config: PlatformConfig): Promise<DevAccount[]> {
  if (config.mode === 'production') return [];
  const existing = new Set((await em.find(StaffUser, { email: { $in: DEV_ACCOUNTS.map((account) => account.email) } }, { fields: ['email'] })).map((user) => user.email));
  // An account of an agency the database lacks (one the seed added after this database was
  // seeded) waits until the agency exists: made now, it would point at nothing.
  const agencySlugs = DEV_ACCOUNTS.flatMap((account) => (account.agency ? [account.agency] : []));
  const agencies = new Set((await em.find(Agency, { slug: { $in: agencySlugs } }, { fields: ['slug'] })).map((agency) => agency.slug));
  const missingAccounts = DEV_ACCOUNTS.filter((account) => !existing.has(account.email) && (account.agency === null || agencies.has(account.agency)));
  const kioskMissing = (await em.count(Kiosk, { name: DEV_KIOSK_NAME })) === 0;
  if (missingAccounts.length === 0 && !kioskMissing) return [];
  const file = join(config.dataDir, DEV_ACCOUNTS_FILE);
  // Read before anything is made: a file that cannot be extended stops the start with nothing made.
  const written = writtenAccounts(file);
  const added: DevAccount[] = [];
  for (const account of missingAccounts) {
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
    added.push({ email: account.email, password, role: account.role, agency: account.agency });
  }
  if (kioskMissing) {
    const token = newDeviceToken();
    em.create(Kiosk, { id: newId(), name: DEV_KIOSK_NAME, deviceTokenHash: hashDeviceToken(token) });
    added.push({ role: KIOSK_ROLE, name: DEV_KIOSK_NAME, token });
  }
  await em.flush();
  writeAccounts(file, [...written, ...added]);
  return added;
}

/** One printed line of an account just added: role, email or kiosk name, password or device token. */
export function describeDevAccount(account: DevAccount): string {
  return 'email' in account
    ? `  ${account.role.padEnd(8)} ${account.email.padEnd(34)} ${account.password}`
    : `  ${account.role.padEnd(8)} ${account.name.padEnd(34)} ${account.token}`;
}

/** The entries the file holds already; none when there is no file. */
function writtenAccounts(file: string): unknown[] {
  if (!existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    entries = undefined;
  }
  if (!Array.isArray(entries)) throw new Error(`${file} is not a JSON list of development accounts; repair it or move it aside.`);
  return entries;
}

/** Replaces the file at once (written aside, then renamed), readable by its owner only. */
function writeAccounts(file: string, entries: readonly unknown[]): void {
  const aside = `${file}.${randomBytes(4).toString('hex')}.partial`;
  writeFileSync(aside, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  renameSync(aside, file);
}
