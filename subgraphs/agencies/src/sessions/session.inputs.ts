import { Field, ObjectType } from 'type-graphql';
import { StaffUser } from '../staff/staff-user.entity';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a one-use refresh token.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; valid for at most 15 minutes.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field({ description: 'Trade it for a new session with refreshSession; it works once.' })
  refreshToken!: string;

  @Field(() => StaffUser)
  user!: StaffUser;
}
