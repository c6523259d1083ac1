import { Field, Int, ObjectType } from 'type-graphql';

/*
 * The public components of a Standar Pelayanan that are lists or structures. They are stored
 * as JSON on the service (read and written whole, never queried inside) and are GraphQL
 * value types as they are.
 */

@ObjectType({ description: 'One persyaratan: a document or condition to bring.' })
export class Requirement {
  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Details, e.g. "asli dan fotokopi".' })
  note!: string | null;
}

@ObjectType({ description: 'One step of the sistem, mekanisme dan prosedur.' })
export class ProcedureStep {
  @Field()
  description!: string;
}

@ObjectType({ description: 'One variant of a fee, e.g. "SIM A" 80000.' })
export class FeeTier {
  @Field()
  label!: string;

  @Field(() => Int, { description: 'Rupiah.' })
  amount!: number;
}

@ObjectType({
  description:
    'Biaya/tarif. Free: amount 0, no tiers. Fixed: amount is the lowest tier. ' +
    'Depends on the case (court deposit, regional levy, vehicle tax): not free, amount 0, and a note.',
})
export class Fee {
  @Field()
  isFree!: boolean;

  @Field(() => Int, { description: 'Rupiah; the lowest tier when there are tiers.' })
  amount!: number;

  @Field(() => [FeeTier])
  tiers!: FeeTier[];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/**
 * A service's editable content as GraphQL fields: what a pending edit and a revision show,
 * field for field like `Service`. `agency` and `category` are resolved by contentReferences.
 */
@ObjectType({ description: 'Not in the schema itself: the content fields of ServiceEdit and ServiceRevision.' })
export class ServiceContentView {
  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  agencyId!: string;
  categoryId!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => [Requirement])
  requirements!: Requirement[];

  @Field(() => [ProcedureStep])
  procedure!: ProcedureStep[];

  @Field()
  processingTime!: string;

  @Field(() => Fee)
  fee!: Fee;

  @Field()
  product!: string;

  @Field(() => [String])
  complaintChannels!: string[];

  @Field(() => [String])
  legalBasis!: string[];

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;
}
