import { join } from 'node:path';
import type { SubgraphDefinition } from '@mpp/kit/subgraph';
import { Agency } from './agencies/agency.entity';
import { resolveAgencyReference } from './agencies/agency.reference';
import { AgencyResolver } from './agencies/agency.resolver';
import { Booth } from './booths/booth.entity';
import { resolveBoothReference } from './booths/booth.reference';
import { BoothResolver } from './booths/booth.resolver';
import { Kiosk } from './kiosks/kiosk.entity';
import { KioskResolver } from './kiosks/kiosk.resolver';
import { agenciesMigrations } from './migrations';
import { agenciesSeed } from './seed/seed';
import { LoginFailure, RefreshToken, SignInTurn } from './sessions/session.entity';
import { SessionResolver } from './sessions/session.resolver';
import { DEV_ACCOUNTS_FILE, describeDevAccount, seedDevAccounts } from './staff/dev-accounts';
import { StaffUser } from './staff/staff-user.entity';
import { resolveStaffUserReference } from './staff/staff.reference';
import { StaffResolver } from './staff/staff.resolver';

/** The agencies subgraph: agencies and their gerai, staff accounts and their sessions, kiosks. */
export const agenciesSubgraph: SubgraphDefinition = {
  name: 'agencies',
  // Staff and kiosks sign in here: this subgraph alone holds the key that signs their access tokens.
  issuesStaffTokens: true,
  entities: [Agency, Booth, StaffUser, RefreshToken, LoginFailure, SignInTurn, Kiosk],
  migrations: agenciesMigrations,
  resolvers: [AgencyResolver, BoothResolver, SessionResolver, StaffResolver, KioskResolver],
  referenceResolvers: {
    Agency: resolveAgencyReference,
    Booth: resolveBoothReference,
    StaffUser: resolveStaffUserReference,
  },
  seed: agenciesSeed,
  async prepare(em, { config }) {
    // A development database seeded by an older version gets the agencies and booths a newer
    // seed adds (the seed skips every record that exists), so that their development accounts
    // and the records other subgraphs' seeds point at exist too. Production data is the editors'.
    if (config.mode !== 'production') await agenciesSeed.run(em);
    const added = await seedDevAccounts(em, config);
    if (added.length > 0 && config.mode === 'development') {
      // Printed once, at the start that adds them (the first start of an empty database adds all).
      process.stdout.write(
        `\nDevelopment accounts added (every one is in ${join(config.dataDir, DEV_ACCOUNTS_FILE)}):\n` + added.map(describeDevAccount).join('\n') + '\n\n',
      );
    }
  },
};
