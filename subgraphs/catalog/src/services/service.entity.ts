import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { VersionedRecord, type PlainRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceCategory } from '../categories/category.entity';
import { Fee, ProcedureStep, Requirement } from './service.content';

export enum PublishStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(PublishStatus, {
  name: 'PublishStatus',
  description: 'The state of what the public sees of a service; only PUBLISHED ones are public.',
});

/**
 * A service with its Standar Pelayanan: the six public components (requirements, procedure,
 * processing time, fee, product, complaint channels) plus the legal basis. The agency lives in
 * the agencies subgraph: the catalog keeps only its ID, set when the service is made.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A public service offered at MPP Paser, with its service standard.' })
@Entity({ tableName: 'service' })
@Unique({ properties: ['agencyId', 'slug'] })
export class Service extends VersionedRecord {
  /**
   * Unique among the services the caller can see and within an agency, not globally: another
   * agency's hidden draft may share it until an editor publishes one of them (see publicSlug).
   */
  @Field({ description: 'Stable, URL-safe name, e.g. "perpanjangan-sim".' })
  @Index()
  @Property({ type: 'string', length: 120 })
  slug!: string;

  /**
   * The slug while the service is, or has been, public (published, or archived after that);
   * null before its first publication. Unique: no two services the public has known share a
   * slug, so `service(slug:)` names one public service.
   */
  @Property({ type: 'string', length: 120, nullable: true, default: null, unique: true })
  publicSlug: string | null = null;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true, default: null })
  summary: string | null = null;

  /** The agency's ID in the agencies subgraph; `Service.agency` returns a reference to it. */
  @Index()
  @Property({ type: 'string', length: 36 })
  agencyId!: string;

  @ManyToOne(() => ServiceCategory, { ref: true, deleteRule: 'restrict' })
  category!: Ref<ServiceCategory>;

  @Field(() => [String], { description: 'Editor-set words citizens search with that the text lacks (e.g. "polisi").' })
  @Property({ type: 'json' })
  keywords: string[] = [];

  @Field(() => [Requirement], { description: 'Persyaratan, in order.' })
  @Property({ type: 'json' })
  requirements: Requirement[] = [];

  @Field(() => [ProcedureStep], { description: 'Sistem, mekanisme dan prosedur, in order.' })
  @Property({ type: 'json' })
  procedure: ProcedureStep[] = [];

  @Field({ description: 'Jangka waktu as shown to citizens, e.g. "3-4 hari kerja".' })
  @Property({ type: 'string', length: 200 })
  processingTime: string = '';

  @Field(() => Fee, { description: 'Biaya/tarif.' })
  @Property({ type: 'json' })
  fee: Fee = { isFree: true, amount: 0, tiers: [], note: null };

  @Field({ description: 'Produk pelayanan: what the citizen receives.' })
  @Property({ type: 'text' })
  product: string = '';

  @Field(() => [String], { description: 'Penanganan pengaduan, saran dan masukan.' })
  @Property({ type: 'json' })
  complaintChannels: string[] = [];

  @Field(() => [String], { description: 'Dasar hukum.' })
  @Property({ type: 'json' })
  legalBasis: string[] = [];

  @Field(() => String, { nullable: true, description: "The agency's own online system, if any." })
  @Property({ type: 'string', length: 500, nullable: true, default: null })
  onlineUrl: string | null = null;

  @Field(() => PublishStatus)
  @Index()
  @Property({ type: 'string', length: 16 })
  status: PublishStatus = PublishStatus.DRAFT;

  /** The reviewer's comment on a never-published service sent back to its author (Service.reviewComment). */
  @Property({ type: 'text', nullable: true, default: null })
  reviewComment: string | null = null;
}

/**
 * A service as the public reads return it (`findRecords`): its columns as plain values and its
 * category as its key. `Service`'s fields and field resolvers read only this, so they answer
 * alike for a record and for the entity a mutation returns.
 */
export type ServiceRecord = PlainRecord<Service>;


/** Everything an editor can change about a service: its public side, a pending edit, a revision. */
export interface ServiceContent {
  name: string;
  slug: string;
  summary: string | null;
  agencyId: string;
  categoryId: string;
  keywords: string[];
  requirements: Requirement[];
  procedure: ProcedureStep[];
  processingTime: string;
  fee: Fee;
  product: string;
  complaintChannels: string[];
  legalBasis: string[];
  onlineUrl: string | null;
}

export const CONTENT_FIELDS = [
  'name',
  'slug',
  'summary',
  'agencyId',
  'categoryId',
  'keywords',
  'requirements',
  'procedure',
  'processingTime',
  'fee',
  'product',
  'complaintChannels',
  'legalBasis',
  'onlineUrl',
] as const satisfies readonly (keyof ServiceContent)[];

/** The public side of a service (or a never-published draft) as content. */
export function contentOf(service: Service): ServiceContent {
  return {
    name: service.name,
    slug: service.slug,
    summary: service.summary,
    agencyId: service.agencyId,
    categoryId: service.category.id,
    keywords: service.keywords,
    requirements: service.requirements,
    procedure: service.procedure,
    processingTime: service.processingTime,
    fee: service.fee,
    product: service.product,
    complaintChannels: service.complaintChannels,
    legalBasis: service.legalBasis,
    onlineUrl: service.onlineUrl,
  };
}
