import { clock } from '@mpp/kit';
import { CalendarDateScalar, noCacheHint, type RequestContext } from '@mpp/kit/subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Counter } from '../counters/counter.entity';
import { counterById } from '../counters/counter.queries';
import { ServiceReference } from '../services/service.reference-type';
import { Ticket, TicketStatus } from './ticket.entity';
import { estimatedMinutes, peopleAheadOf, queueLoadOf } from './ticket.estimates';
import { IssuedTicket, IssueTicketInput } from './ticket.inputs';
import {
  callNextTicket,
  cancelTicket,
  finishTicket,
  issueTicket,
  markTicketNoShow,
  recallTicket,
  startServingTicket,
  transferTicket,
} from './ticket.mutations';
import { findTicket } from './ticket.queries';
import { effectiveTicketStatus } from './ticket.states';

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, { nullable: true, description: 'One ticket by its id (its holder follows it); null when none.' })
  ticket(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Ticket | null> {
    // Its holder follows it, and reads it again right after cancelling it: never a copy.
    noCacheHint(info);
    return findTicket(context, id);
  }

  @Mutation(() => IssuedTicket, { description: "Takes a ticket in a service's queue; refused with a reason when it gives out none now." })
  issueTicket(@Arg('input') input: IssueTicketInput, @Ctx() context: RequestContext): Promise<IssuedTicket> {
    return issueTicket(context, input);
  }

  @Mutation(() => Ticket, { nullable: true, description: "Calls the counter's next waiting ticket; null when nobody waits." })
  callNextTicket(@Arg('counterId', () => ID) counterId: string, @Ctx() context: RequestContext): Promise<Ticket | null> {
    return callNextTicket(context, counterId);
  }

  @Mutation(() => Ticket, { description: 'Calls a called ticket again.' })
  recallTicket(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: RequestContext): Promise<Ticket> {
    return recallTicket(context, ticketId);
  }

  @Mutation(() => Ticket, { description: 'The called visitor has come: serving starts.' })
  startServingTicket(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: RequestContext): Promise<Ticket> {
    return startServingTicket(context, ticketId);
  }

  @Mutation(() => Ticket, { description: 'Serving is done.' })
  finishTicket(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: RequestContext): Promise<Ticket> {
    return finishTicket(context, ticketId);
  }

  @Mutation(() => Ticket, { description: 'The called visitor did not come.' })
  markTicketNoShow(@Arg('ticketId', () => ID) ticketId: string, @Ctx() context: RequestContext): Promise<Ticket> {
    return markTicketNoShow(context, ticketId);
  }

  @Mutation(() => Ticket, { description: "Sends a called or served ticket to another service's queue, keeping its number and issue time." })
  transferTicket(@Arg('ticketId', () => ID) ticketId: string, @Arg('serviceId', () => ID) serviceId: string, @Ctx() context: RequestContext): Promise<Ticket> {
    return transferTicket(context, ticketId, serviceId);
  }

  @Mutation(() => Ticket, { description: "Cancels a waiting or called ticket: its holder with the access code, or staff of its queue's agency." })
  cancelTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('accessCode', () => String, { nullable: true }) accessCode: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Ticket> {
    return cancelTicket(context, ticketId, accessCode);
  }

  @FieldResolver(() => TicketStatus, { description: 'As of now: a ticket still waiting or called when its day ended is EXPIRED.' })
  status(@Root() ticket: Ticket): TicketStatus {
    return effectiveTicketStatus(ticket, clock.today());
  }

  @FieldResolver(() => CalendarDateScalar, { description: 'The local date it is for; it expires at its end.' })
  serviceDate(@Root() ticket: Ticket): string {
    return ticket.serviceDate;
  }

  @FieldResolver(() => ID, { description: 'The agency of the queue it waits in.' })
  agencyId(@Root() ticket: Ticket): string {
    return ticket.agencyId;
  }

  @FieldResolver(() => ServiceReference, { nullable: true, description: 'The queue it waits in (resolved by the catalog subgraph).' })
  service(@Root() ticket: Ticket): ServiceReference {
    return ServiceReference.of(ticket.serviceId);
  }

  @FieldResolver(() => ServiceReference, { nullable: true, description: 'The service it was issued for (another than `service` after a transfer).' })
  issuedForService(@Root() ticket: Ticket): ServiceReference {
    return ServiceReference.of(ticket.issuedForServiceId);
  }

  @FieldResolver(() => Counter, { nullable: true, description: 'The counter that called it; null while it waits.' })
  counter(@Root() ticket: Ticket, @Ctx() context: RequestContext): Promise<Counter | null> | null {
    return ticket.counterId === null ? null : counterById(context).load(ticket.counterId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Tickets to be called before it (priority tickets first); null unless it waits.' })
  async peopleAhead(@Root() ticket: Ticket, @Ctx() context: RequestContext): Promise<number | null> {
    return peopleAheadOf(ticket, await queueLoadOf(context).load(ticket.serviceId));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes until it is called, estimated; null unless it waits and a counter is open for its queue.' })
  async estimatedWaitMinutes(@Root() ticket: Ticket, @Ctx() context: RequestContext): Promise<number | null> {
    const load = await queueLoadOf(context).load(ticket.serviceId);
    const ahead = peopleAheadOf(ticket, load);
    return ahead === null ? null : estimatedMinutes(ahead, load);
  }
}
