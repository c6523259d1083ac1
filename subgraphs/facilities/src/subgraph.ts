import type { SubgraphDefinition } from '@mpp/kit/subgraph';
import { resolveAgencyReference } from './agencies/agency.reference';
import { AgencyFacilitiesResolver } from './agencies/agency-facilities.resolver';
import { MallClosedDate } from './closed-dates/mall-closed-date.entity';
import { MallClosedDateYear } from './closed-dates/mall-closed-date-year.entity';
import { keepClosedDatesFresh } from './closed-dates/mall-closed-date.refresh';
import { Facility } from './facilities/facility.entity';
import { resolveFacilityReference } from './facilities/facility.reference';
import { FacilityResolver } from './facilities/facility.resolver';
import { Listing } from './listings/listing.entity';
import { ListingResolver } from './listings/listing.resolver';
import { Mall } from './mall/mall.entity';
import { MallResolver } from './mall/mall.resolver';
import { facilitiesMigrations } from './migrations';
import { facilitiesSeed } from './seed/seed';

/**
 * The facilities subgraph: the mall (profile, weekly hours, its copy of the closed dates) and its
 * facilities — ATMs, the cafeteria and minimarket with their listings, the smoking area, the
 * musala and the rest — with their status, kept by their operators, and whether they are open now.
 */
export const facilitiesSubgraph: SubgraphDefinition = {
  name: 'facilities',
  entities: [Mall, MallClosedDate, MallClosedDateYear, Facility, Listing],
  migrations: facilitiesMigrations,
  resolvers: [MallResolver, FacilityResolver, ListingResolver, AgencyFacilitiesResolver],
  referenceResolvers: {
    Facility: resolveFacilityReference,
    Agency: resolveAgencyReference,
  },
  seed: facilitiesSeed,
  // While it serves: the copy of the closed dates kept fresh from the public API (a start never
  // waits for the gateway).
  background: ({ em, config, logger }) => keepClosedDatesFresh(em, config, logger),
};
