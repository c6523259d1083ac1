import { DailyCounter, type SubgraphDefinition } from '@mpp/kit/subgraph';
import { BoardResolver } from './board/board.resolver';
import { BoothReference } from './booths/booth.reference-type';
import { ClosedDate } from './closed-dates/closed-date.entity';
import { ClosedDateYear } from './closed-dates/closed-date-year.entity';
import { ClosedDateResolver } from './closed-dates/closed-date.resolver';
import { Counter } from './counters/counter.entity';
import { resolveCounterReference } from './counters/counter.reference';
import { CounterResolver } from './counters/counter.resolver';
import { queueingMigrations } from './migrations';
import { Queue } from './queues/queue.entity';
import { QueueSettingsResolver, ServiceQueueViewResolver } from './queues/queue.resolver';
import { queueingSeed } from './seed/seed';
import { resolveServiceReference } from './services/service.reference';
import { ServiceReference } from './services/service.reference-type';
import { ServiceQueueResolver } from './services/service-queue.resolver';
import { StaffUserReference } from './staff/staff-user.reference-type';
import { Ticket, TicketIssueClaim, TicketIssueWindow } from './tickets/ticket.entity';
import { resolveTicketReference } from './tickets/ticket.reference';
import { TicketResolver } from './tickets/ticket.resolver';

/**
 * The queueing subgraph: each service's queue and its settings, the mall's closed dates,
 * counters (loket) and their officers, tickets from issue to done, and the board's calls.
 */
export const queueingSubgraph: SubgraphDefinition = {
  name: 'queueing',
  entities: [Queue, ClosedDate, ClosedDateYear, Counter, Ticket, TicketIssueWindow, TicketIssueClaim, DailyCounter],
  migrations: queueingMigrations,
  resolvers: [QueueSettingsResolver, ServiceQueueViewResolver, ServiceQueueResolver, ClosedDateResolver, CounterResolver, TicketResolver, BoardResolver],
  orphanedTypes: [ServiceReference, BoothReference, StaffUserReference],
  referenceResolvers: {
    Service: resolveServiceReference,
    Counter: resolveCounterReference,
    Ticket: resolveTicketReference,
  },
  seed: queueingSeed,
};
