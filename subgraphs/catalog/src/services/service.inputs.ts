import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PublishStatus, Service, type ServiceRecord } from './service.entity';

@InputType({ description: 'Narrows a list of services; all given conditions must hold.' })
export class ServiceFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words as citizens type them ("perpanjang sim", "bikin paspor", "ktp hilang"); results come best first ' +
      'instead of by name. Affixes, synonyms, abbreviations, word prefixes and one typo are understood.',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => PublishStatus, { nullable: true, description: 'Only states the caller may see are returned.' })
  status?: PublishStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: the services waiting for an editor's review — in review themselves, or published with a pending edit in " +
      'review (pending edits count only where the caller may see the editorial side). False: the others.',
  })
  waitingForReview?: boolean | null;
}

@ObjectType({ description: 'One page of services and how many match in all.' })
export class ServicePage {
  @Field(() => [Service])
  items!: ServiceRecord[];

  @Field(() => Int)
  totalCount!: number;
}

@InputType({ description: 'One persyaratan.' })
export class RequirementInput {
  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'One step of the procedure.' })
export class ProcedureStepInput {
  @Field()
  description!: string;
}

@InputType()
export class FeeTierInput {
  @Field()
  label!: string;

  @Field(() => Int, { description: 'Rupiah, 0 or more.' })
  amount!: number;
}

@InputType({
  description:
    'Biaya/tarif. Free: amount 0 (or left out) and no tiers. With tiers: amount is their lowest (left out, it is computed). ' +
    'Depending on the case: not free, amount 0, a note explaining.',
})
export class FeeInput {
  @Field()
  isFree!: boolean;

  @Field(() => Int, { nullable: true })
  amount?: number | null;

  @Field(() => [FeeTierInput], { nullable: true })
  tiers?: FeeTierInput[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    'The editable fields of a service; every one may be left out (a patch). Creating needs name, agencyId and categoryId; ' +
    'publishing needs every public component.',
})
export class ServiceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Made from the name when left out at creation.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => [RequirementInput], { nullable: true })
  requirements?: RequirementInput[] | null;

  @Field(() => [ProcedureStepInput], { nullable: true })
  procedure?: ProcedureStepInput[] | null;

  @Field(() => String, { nullable: true })
  processingTime?: string | null;

  @Field(() => FeeInput, { nullable: true })
  fee?: FeeInput | null;

  @Field(() => String, { nullable: true })
  product?: string | null;

  @Field(() => [String], { nullable: true })
  complaintChannels?: string[] | null;

  @Field(() => [String], { nullable: true })
  legalBasis?: string[] | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;
}
