import { VersionedRecord, type SubgraphDefinition } from '@mpp/kit';
import { Agency } from './agencies/agency.entity';
import { resolveAgencyReference } from './agencies/agency.reference';
import { AgencyResolver } from './agencies/agency.resolver';
import { Booth } from './booths/booth.entity';
import { resolveBoothReference } from './booths/booth.reference';
import { BoothResolver } from './booths/booth.resolver';
import { agenciesMigrations } from './migrations';
import { agenciesSeed } from './seed/seed';

/** The agencies subgraph: agencies and their gerai (staff accounts join with identity). */
export const agenciesSubgraph: SubgraphDefinition = {
  name: 'agencies',
  entities: [VersionedRecord, Agency, Booth],
  migrations: agenciesMigrations,
  resolvers: [AgencyResolver, BoothResolver],
  referenceResolvers: {
    Agency: resolveAgencyReference,
    Booth: resolveBoothReference,
  },
  seed: agenciesSeed,
};
