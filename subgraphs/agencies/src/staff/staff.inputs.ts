import { Role } from '@mpp/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { StaffUser } from './staff-user.entity';

@ObjectType({ description: 'An account and the password it must change at its first sign-in.' })
export class StaffUserWithPassword {
  @Field(() => StaffUser)
  user!: StaffUser;

  @Field({ description: 'Shown once; the account must choose its own password when it first signs in.' })
  temporaryPassword!: string;
}

@InputType({ description: 'A new staff account. PARTNER and OFFICER accounts belong to an agency.' })
export class CreateStaffUserInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}

@InputType({ description: 'Changes to a staff account; fields left out stay as they are.' })
export class UpdateStaffUserInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates: no sign-in, no refresh, sessions ended.' })
  active?: boolean | null;
}

@ObjectType()
export class StaffUserPage {
  @Field(() => [StaffUser])
  items!: StaffUser[];

  @Field(() => Int)
  totalCount!: number;
}
