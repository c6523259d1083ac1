import { join } from 'node:path';
import type { SubgraphDefinition } from '@mpp/kit/subgraph';
import { Agency } from './agencies/agency.entity';
import { resolveAgencyReference } from './agencies/agency.reference';
import { AgencyResolver } from './agencies/agency.resolver';
import { Booth } from './booths/booth.entity';
import { resolveBoothReference } from './booths/booth.reference';
import { BoothResolver } from './booths/booth.resolver';
import { agenciesMigrations } from './migrations';
import { agenciesSeed } from './seed/seed';
import { LoginFailure, RefreshToken, SignInTurn } from './sessions/session.entity';
import { SessionResolver } from './sessions/session.resolver';
import { DEV_ACCOUNTS_FILE, seedDevAccounts } from './staff/dev-accounts';
import { StaffUser } from './staff/staff-user.entity';
import { StaffResolver } from './staff/staff.resolver';

/** The agencies subgraph: agencies and their gerai, staff accounts and their sessions. */
export const agenciesSubgraph: SubgraphDefinition = {
  name: 'agencies',
  // Staff sign in here: this subgraph alone holds the key that signs their access tokens.
  issuesStaffTokens: true,
  entities: [Agency, Booth, StaffUser, RefreshToken, LoginFailure, SignInTurn],
  migrations: agenciesMigrations,
  resolvers: [AgencyResolver, BoothResolver, SessionResolver, StaffResolver],
  referenceResolvers: {
    Agency: resolveAgencyReference,
    Booth: resolveBoothReference,
  },
  seed: agenciesSeed,
  async prepare(em, { config }) {
    const accounts = await seedDevAccounts(em, config);
    if (accounts.length > 0 && config.mode === 'development') {
      // Printed once, on the first start of an empty development database.
      process.stdout.write(
        `\nDevelopment accounts (also in ${join(config.dataDir, DEV_ACCOUNTS_FILE)}):\n` +
          accounts.map((a) => `  ${a.role.padEnd(8)} ${a.email.padEnd(34)} ${a.password}`).join('\n') +
          '\n\n',
      );
    }
  },
};
