import { DateTimeType, Embedded, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AuditActor } from '@mpp/kit/subgraph';
import type { ServiceContent } from '../services/service.entity';

/** A published version of a service, kept for ever: numbered, immutable, with who published it. */
@Entity({ tableName: 'service_revision' })
@Unique({ properties: ['serviceId', 'number'] })
export class ServiceRevision {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 36 })
  serviceId!: string;

  /** 1 for the first publication, then one more each time. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  content!: ServiceContent;

  @Property({ type: DateTimeType })
  publishedAt!: Date;

  /** Null for the seeded catalog, which no one published through the CMS. */
  @Embedded(() => AuditActor, { prefix: 'published_by_', nullable: true })
  publishedBy: AuditActor | null = null;
}
