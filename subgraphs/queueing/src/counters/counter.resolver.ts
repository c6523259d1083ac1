import { clock } from '@mpp/kit';
import { noCacheHint, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BoothReference } from '../booths/booth.reference-type';
import { ServiceReference } from '../services/service.reference-type';
import { StaffUserReference } from '../staff/staff-user.reference-type';
import { Ticket } from '../tickets/ticket.entity';
import { currentTicketOfCounter } from '../tickets/ticket.queries';
import { Counter, CounterStatus } from './counter.entity';
import { CounterInput } from './counter.inputs';
import { createCounter, pauseCounter, resumeCounter, signInToCounter, signOutOfCounter, updateCounter } from './counter.mutations';
import { findCounter, listCounters, officerOf } from './counter.queries';
import { effectiveCounterStatus } from './counter.states';

@Resolver(() => Counter)
export class CounterResolver {
  @Query(() => [Counter], { description: 'Counters by name, of one agency or floor when asked.' })
  counters(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Arg('floor', () => Int, { nullable: true }) floor: number | null,
    @Ctx() context: RequestContext,
  ): Promise<Counter[]> {
    return listCounters(context, { agencyId, floor });
  }

  @Query(() => Counter, { nullable: true, description: 'One counter; null when none has this id.' })
  counter(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Counter | null> {
    return findCounter(context, id);
  }

  @Mutation(() => Counter, { description: "A counter at a booth, closed until an officer signs in (EDITOR, ADMIN; PARTNER at their agency's booths)." })
  createCounter(@Arg('input') input: CounterInput, @Ctx() context: RequestContext): Promise<Counter> {
    return createCounter(context, input);
  }

  @Mutation(() => Counter, { description: 'Changes a counter (a patch); send the version you read.' })
  updateCounter(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CounterInput,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return updateCounter(context, id, version, input);
  }

  @Mutation(() => Counter, { description: "Signs in to a counter, which opens it: an officer of its agency, at one counter at a time." })
  signInToCounter(@Arg('counterId', () => ID) counterId: string, @Ctx() context: RequestContext): Promise<Counter> {
    return signInToCounter(context, counterId);
  }

  @Mutation(() => Counter, { description: 'Signs out of a counter, which closes it (its officer, or DPMPTSP).' })
  signOutOfCounter(@Arg('counterId', () => ID) counterId: string, @Ctx() context: RequestContext): Promise<Counter> {
    return signOutOfCounter(context, counterId);
  }

  @Mutation(() => Counter, { description: 'Stops calling for a while; the officer stays signed in.' })
  pauseCounter(@Arg('counterId', () => ID) counterId: string, @Ctx() context: RequestContext): Promise<Counter> {
    return pauseCounter(context, counterId);
  }

  @Mutation(() => Counter, { description: 'Calls again after a pause.' })
  resumeCounter(@Arg('counterId', () => ID) counterId: string, @Ctx() context: RequestContext): Promise<Counter> {
    return resumeCounter(context, counterId);
  }

  @FieldResolver(() => CounterStatus, { description: 'As of now: a counter left open is CLOSED once its day has ended.' })
  status(@Root() counter: Counter): CounterStatus {
    return effectiveCounterStatus(counter, clock.today());
  }

  @FieldResolver(() => BoothReference, { nullable: true, description: 'Resolved by the agencies subgraph.' })
  booth(@Root() counter: Counter): BoothReference {
    return BoothReference.of(counter.boothId);
  }

  @FieldResolver(() => [ServiceReference], { description: 'The services whose queues it calls from.' })
  services(@Root() counter: Counter): ServiceReference[] {
    return counter.serviceIds.map((id) => ServiceReference.of(id));
  }

  @FieldResolver(() => StaffUserReference, { nullable: true, description: 'Who is signed in to it (staff only); null when nobody is.' })
  officer(@Root() counter: Counter, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): StaffUserReference | null {
    noCacheHint(info);
    return officerOf(context, counter);
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket it has called or is serving today.' })
  currentTicket(@Root() counter: Counter, @Ctx() context: RequestContext): Promise<Ticket | null> {
    return currentTicketOfCounter(context).load(counter.id);
  }
}
