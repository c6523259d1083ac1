import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Ticket, TicketChannel } from './ticket.entity';

@InputType({ description: 'A ticket to issue.' })
export class IssueTicketInput {
  @Field(() => ID, { description: 'The service whose queue to join.' })
  serviceId!: string;

  @Field(() => TicketChannel, { nullable: true, defaultValue: TicketChannel.KIOSK, description: 'KIOSK: registered kiosks only; ONLINE: anyone; COUNTER: its officer.' })
  channel?: TicketChannel | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Elderly, disabled or pregnant visitors: given by kiosks, counter officers and DPMPTSP staff; anyone else is refused (BAD_USER_INPUT on priority).',
  })
  priority?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: the same key (per kiosk, staff account or client address) with the same input returns the same ticket and code; ' +
      'with another input it is CONFLICT. 1–100 characters, e.g. a UUID; good for the day it was used.',
  })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'A ticket just issued, with the access code its holder cancels it with (shown once).' })
export class IssuedTicket {
  @Field(() => Ticket)
  ticket!: Ticket;

  @Field({ description: 'Eight characters; print it on the slip. Never shown again (a retry with the idempotency key repeats it the same day).' })
  accessCode!: string;
}
