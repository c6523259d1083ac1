import { AuditActor } from '@mpp/kit/subgraph';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ServiceContentView } from '../services/service.content';
import { EditState, type PendingEdit } from './service-edit.entity';

@ObjectType('ServiceEdit', { description: 'The edit of a published service waiting to be published: its content, state, and who wrote it.' })
export class PendingEditView extends ServiceContentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description: "The edit's own version, never equal to any of the service's or an earlier edit's: the mutations that act on a pending edit take this one.",
  })
  version!: number;

  @Field(() => EditState)
  state!: EditState;

  @Field(() => String, { nullable: true, description: "The reviewer's comment when the edit was returned." })
  reviewComment!: string | null;

  @Field(() => AuditActor, { nullable: true })
  editedBy!: AuditActor | null;

  @Field(() => Date)
  editedAt!: Date;

  static of(edit: PendingEdit): PendingEditView {
    return Object.assign(new PendingEditView(), edit.content, {
      id: edit.id,
      version: edit.version,
      state: edit.state,
      reviewComment: edit.reviewComment,
      editedBy: edit.editedBy,
      editedAt: edit.updatedAt,
    });
  }
}
