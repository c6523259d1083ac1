import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The catalog subgraph's `Service`, as the queueing subgraph knows it: its key only. Queueing
 * adds `Service.queue` (what the public sees) and `Service.queueSettings` (staff); the gateway
 * joins the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType('Service')
export class ServiceReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): ServiceReference {
    return Object.assign(new ServiceReference(), { id });
  }
}
