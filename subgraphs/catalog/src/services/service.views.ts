import { AuditActor } from '@mpp/kit/subgraph';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Fee, ProcedureStep, Requirement } from './service.content';
import { EditState, type ServiceContent } from './service.entity';

/**
 * The editable content of a service as GraphQL fields — shared by a pending edit and a
 * revision, which carry the same fields as `Service`. `agency` and `category` are resolved
 * by serviceContentResolver.
 */
@ObjectType({ description: 'Not in the schema itself: the content fields of ServiceEdit and ServiceRevision.' })
export class ServiceContentView implements ServiceContent {
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

@ObjectType({ description: 'The edit of a published service waiting to be published: its content, state, and who wrote it.' })
export class ServiceEdit extends ServiceContentView {
  @Field(() => EditState)
  state!: EditState;

  @Field(() => String, { nullable: true, description: "The reviewer's comment when the edit was returned." })
  reviewComment!: string | null;

  @Field(() => AuditActor, { nullable: true })
  editedBy!: AuditActor | null;

  @Field(() => Date)
  editedAt!: Date;
}

@ObjectType('ServiceRevision', { description: 'A published version of a service, kept unchanged, with who published it.' })
export class ServiceRevisionView extends ServiceContentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first publication.' })
  number!: number;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => AuditActor, { nullable: true, description: 'Null for the seeded catalog.' })
  publishedBy!: AuditActor | null;
}
