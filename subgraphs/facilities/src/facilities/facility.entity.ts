import { DateTimeType, Entity, Index, Property } from '@mikro-orm/core';
import type { WeeklyHours } from '@mpp/kit';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum FacilityKind {
  ATM = 'ATM',
  CAFETERIA = 'CAFETERIA',
  MINIMARKET = 'MINIMARKET',
  SMOKING_AREA = 'SMOKING_AREA',
  PRAYER_ROOM = 'PRAYER_ROOM',
  LACTATION_ROOM = 'LACTATION_ROOM',
  PARKING = 'PARKING',
  TOILET = 'TOILET',
  WAITING_AREA = 'WAITING_AREA',
  CHILDREN_AREA = 'CHILDREN_AREA',
  ACCESSIBILITY = 'ACCESSIBILITY',
  OTHER = 'OTHER',
}
registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'What a facility is; PRAYER_ROOM is the musala, ACCESSIBILITY a ramp, wheelchairs on loan, guiding blocks and the like.',
});

export enum FacilityStatus {
  OPERATIONAL = 'OPERATIONAL',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  CLOSED = 'CLOSED',
}
registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description:
    'As its operator or DPMPTSP last set it. OPERATIONAL: working (open by its hours). OUT_OF_SERVICE: there but not working ' +
    '(an ATM out of cash, a broken lift). CLOSED: closed until further notice (renovation, no tenant).',
});

/**
 * A facility of the mall: an ATM of a bank in the ATM center, the cafeteria, the minimarket, the
 * smoking area, the musala and the rest. Its operator is an agency of the agencies subgraph (the
 * bank behind an ATM, the tenant of the cafeteria), kept by id: the agency's partner staff keep
 * its status and listings true. Whether it is open now follows from its status, its own hours
 * and, unless it is reachable from outside, the mall's hours and closed dates
 * (facility.opening.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A facility of the mall: an ATM, the cafeteria, the minimarket, the musala, parking …' })
@Entity({ tableName: 'facility' })
export class Facility extends VersionedRecord {
  @Field({ description: 'Stable, URL-safe name, e.g. "atm-bri". Unique.' })
  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Field({ description: 'As visitors read it, e.g. "ATM BRI".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => FacilityKind)
  @Index()
  @Property({ type: 'string', length: 24 })
  kind!: FacilityKind;

  @Field(() => Int, { description: 'The floor it is on (1: the ground floor); a place outside the building gives the floor of its entrance.' })
  @Property({ type: 'integer' })
  floor!: number;

  @Field(() => String, { nullable: true, description: 'Where exactly, as a visitor finds it, e.g. "Di luar gedung, sisi timur halaman parkir".' })
  @Property({ type: 'string', length: 200, nullable: true, default: null })
  location: string | null = null;

  @Field(() => String, { nullable: true, description: 'What visitors should know, in a few sentences.' })
  @Property({ type: 'text', nullable: true, default: null })
  description: string | null = null;

  /** The operating agency in the agencies subgraph; `Facility.operator` returns a reference to it. */
  @Field(() => ID, { nullable: true, description: 'The operating agency (the bank behind an ATM, the tenant of the cafeteria); null when DPMPTSP runs it.' })
  @Index()
  @Property({ type: 'string', length: 36, nullable: true, default: null })
  operatorAgencyId: string | null = null;

  /** As facility.features.ts checked them: each from its kind's set, in the order given, none twice. */
  @Field(() => [String], { description: "What it offers, from its kind's documented set (facilityFeatureOptions), e.g. WITHDRAWAL, VISA." })
  @Property({ type: 'json' })
  features: string[] = [];

  @Field(() => [String], { description: 'Photos, as http(s) addresses, the first one the main photo.' })
  @Property({ type: 'json' })
  photoUrls: string[] = [];

  @Field(() => FacilityStatus)
  @Property({ type: 'string', length: 16 })
  status: FacilityStatus = FacilityStatus.OPERATIONAL;

  @Field(() => String, { nullable: true, description: 'Why, as visitors read it, e.g. "Sedang pengisian uang, kembali pukul 11.00".' })
  @Property({ type: 'string', length: 500, nullable: true, default: null })
  statusNote: string | null = null;

  @Field(() => Date, { description: 'When the status was last set (also when it was confirmed unchanged).' })
  @Property({ type: DateTimeType })
  statusSince!: Date;

  /** As checkWeeklyHours normalised them: days by weekday, each day's ranges by opening time. */
  @Property({ type: 'json' })
  openingHours: WeeklyHours = { days: [] };

  @Field({
    description:
      'Reachable from outside the building (the ATM center, parking): open by its own hours even while the mall is closed, holidays included. ' +
      'Otherwise it is open only while the mall is.',
  })
  @Property({ type: 'boolean' })
  reachableFromOutside: boolean = false;
}
