import { Field, ObjectType } from 'type-graphql';
import { Kiosk } from './kiosk.entity';

@ObjectType({ description: 'A kiosk just registered, and the device token it signs in with.' })
export class RegisteredKiosk {
  @Field(() => Kiosk)
  kiosk!: Kiosk;

  @Field({ description: 'Shown once, never again: enter it on the kiosk, which trades it with startKioskSession.' })
  deviceToken!: string;
}

@ObjectType({ description: "A kiosk's session: a short-lived access token; trade the device token again before it expires." })
export class KioskSession {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for at most 10 minutes.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
