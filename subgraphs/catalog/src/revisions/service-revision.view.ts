import { AuditActor } from '@mpp/kit/subgraph';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ServiceContentView } from '../services/service.content';
import type { ServiceRevision } from './service-revision.entity';

@ObjectType('ServiceRevision', { description: 'A published version of a service, kept unchanged, with who published it.' })
export class RevisionView extends ServiceContentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first publication.' })
  number!: number;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => AuditActor, { nullable: true, description: 'Null for the seeded catalog.' })
  publishedBy!: AuditActor | null;

  static of(revision: ServiceRevision): RevisionView {
    return Object.assign(new RevisionView(), revision.content, {
      id: revision.id,
      number: revision.number,
      publishedAt: revision.publishedAt,
      publishedBy: revision.publishedBy,
    });
  }
}
