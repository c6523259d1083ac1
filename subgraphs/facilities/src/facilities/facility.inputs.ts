import { WeeklyHoursInput } from '@mpp/kit/subgraph';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FacilityKind } from './facility.entity';

@InputType({
  description:
    'A facility, or changes to one (fields left out stay as they are; null clears an optional one). Creating needs name, kind, floor and ' +
    'openingHours; its status starts OPERATIONAL (setFacilityStatus changes it).',
})
export class FacilityInput {
  @Field(() => String, { nullable: true, description: 'Lowercase letters and digits joined by hyphens, unique; made from the name when left out at creation.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: '2 to 120 characters.' })
  name?: string | null;

  @Field(() => FacilityKind, { nullable: true })
  kind?: FacilityKind | null;

  @Field(() => Int, { nullable: true, description: 'From -2 to 10; 1 is the ground floor.' })
  floor?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The operating agency (checked to exist); null: DPMPTSP runs it.' })
  operatorAgencyId?: string | null;

  @Field(() => [String], { nullable: true, description: "At most 20, from the kind's set (facilityFeatureOptions); written in capitals." })
  features?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 10 http(s) addresses, the main photo first.' })
  photoUrls?: string[] | null;

  @Field(() => WeeklyHoursInput, { nullable: true, description: 'Its own weekly hours, local time.' })
  openingHours?: WeeklyHoursInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Open by its own hours even while the mall is closed (false when left out at creation).' })
  reachableFromOutside?: boolean | null;
}
