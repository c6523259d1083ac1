import { AuditPage, noCacheHint, PageArgs, WeeklyHoursView, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyReference } from '../agencies/agency.reference-type';
import { Listing } from '../listings/listing.entity';
import { listingsOfFacility } from '../listings/listing.queries';
import { Facility, FacilityKind, FacilityStatus } from './facility.entity';
import { FacilityInput } from './facility.inputs';
import { createFacility, setFacilityStatus, updateFacility } from './facility.mutations';
import { facilityHistory, findFacility, listFacilities, listFeatureOptions, openNowOf, statusStaleOf } from './facility.queries';

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => [Facility], {
    description:
      'Facilities by name, of one kind or floor when asked. `stale` (staff who may read facilities\' editorial side: DPMPTSP, a partner ' +
      'for their own) keeps those whose status is (true) or is not (false) older than the configured age.',
  })
  facilities(
    @Arg('kind', () => FacilityKind, { nullable: true }) kind: FacilityKind | null,
    @Arg('floor', () => Int, { nullable: true }) floor: number | null,
    @Arg('stale', () => Boolean, { nullable: true }) stale: boolean | null,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Facility[]> {
    if (typeof stale === 'boolean') noCacheHint(info);
    return listFacilities(context, { kind, floor, stale });
  }

  @Query(() => Facility, { nullable: true, description: 'One facility by id or slug (exactly one of them); null when none.' })
  facility(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Facility | null> {
    return findFacility(context, { id, slug });
  }

  @Query(() => [String], { description: 'The features a facility of this kind may list (empty: any code of capitals, digits and underscores).' })
  facilityFeatureOptions(@Arg('kind', () => FacilityKind) kind: FacilityKind, @Ctx() context: RequestContext): string[] {
    return listFeatureOptions(context, kind);
  }

  @Mutation(() => Facility, { description: 'A new facility, OPERATIONAL from now (EDITOR, ADMIN).' })
  createFacility(@Arg('input') input: FacilityInput, @Ctx() context: RequestContext): Promise<Facility> {
    return createFacility(context, input);
  }

  @Mutation(() => Facility, { description: 'Changes a facility (a patch; EDITOR, ADMIN); send the version you read.' })
  updateFacility(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: FacilityInput,
    @Ctx() context: RequestContext,
  ): Promise<Facility> {
    return updateFacility(context, id, version, input);
  }

  @Mutation(() => Facility, {
    description:
      "Sets a facility's status from now, with a note for visitors, directly and audited: EDITOR and ADMIN for every facility, PARTNER for " +
      'those their agency operates. Setting it unchanged confirms it (no longer stale). Send the version you read.',
  })
  setFacilityStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => FacilityStatus) status: FacilityStatus,
    @Arg('note', () => String, { nullable: true, description: 'At most 500 characters; none clears the note.' }) note: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Facility> {
    return setFacilityStatus(context, id, version, status, note);
  }

  @FieldResolver(() => WeeklyHoursView, { description: "Its own weekly hours, local time (inside the building it is open only while the mall is too)." })
  openingHours(@Root() facility: Facility): WeeklyHoursView {
    return facility.openingHours;
  }

  @FieldResolver(() => AgencyReference, { nullable: true, description: 'The operating agency, resolved by the agencies subgraph; null when DPMPTSP runs it.' })
  operator(@Root() facility: Facility): AgencyReference | null {
    return facility.operatorAgencyId === null ? null : AgencyReference.of(facility.operatorAgencyId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Open now: OPERATIONAL, within its own hours and — unless reachable from outside — while the mall is open (its hours, not a closed date).',
  })
  async isOpenNow(@Root() facility: Facility, @Ctx() context: RequestContext): Promise<boolean> {
    return (await openNowOf(context).load(facility)).isOpenNow;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When isOpenNow next flips by the hours and closed dates; null when it will not within a year or the status is not OPERATIONAL.' })
  async nextChangeAt(@Root() facility: Facility, @Ctx() context: RequestContext): Promise<Date | null> {
    return (await openNowOf(context).load(facility)).nextChangeAt;
  }

  @FieldResolver(() => [Listing], { description: 'What it sells (a cafeteria, a minimarket), by category and name; empty for the others.' })
  listings(@Root() facility: Facility, @Ctx() context: RequestContext): Promise<Listing[]> {
    return listingsOfFacility(context).load(facility.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Staff (DPMPTSP, its operator\'s partners): its status was set longer ago than the configured age (24 hours unless set otherwise).',
  })
  statusStale(@Root() facility: Facility, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): boolean | null {
    noCacheHint(info);
    return statusStaleOf(context, facility);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Every change, newest first (staff: DPMPTSP, its operator\'s partners).' })
  history(@Root() facility: Facility, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<AuditPage | null> {
    noCacheHint(info);
    return facilityHistory(context, facility, limit, offset);
  }
}
