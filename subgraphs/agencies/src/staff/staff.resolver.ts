import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Agency, type AgencyRecord } from '../agencies/agency.entity';
import { agencyById } from '../agencies/agency.queries';
import { StaffUser } from './staff-user.entity';
import { CreateStaffUserInput, StaffUserPage, StaffUserWithPassword, UpdateStaffUserInput } from './staff.inputs';
import { createStaffUser, resetStaffPassword, updateStaffUser } from './staff.mutations';
import { findMe, listStaffUsers, staffUserHistory } from './staff.queries';

@Resolver(() => StaffUser)
export class StaffResolver {
  @Query(() => StaffUser, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  me(@Ctx() context: RequestContext): Promise<StaffUser | null> {
    return findMe(context);
  }

  @Query(() => StaffUserPage, { description: 'Every staff account, by name (ADMIN).' })
  staffUsers(@Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<StaffUserPage> {
    return listStaffUsers(context, limit, offset);
  }

  @Mutation(() => StaffUserWithPassword, { description: 'Creates an account with a temporary password (ADMIN).' })
  createStaffUser(@Arg('input') input: CreateStaffUserInput, @Ctx() context: RequestContext): Promise<StaffUserWithPassword> {
    return createStaffUser(context, input);
  }

  @Mutation(() => StaffUser, { description: 'Edits or deactivates an account (ADMIN).' })
  updateStaffUser(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateStaffUserInput,
    @Ctx() context: RequestContext,
  ): Promise<StaffUser> {
    return updateStaffUser(context, id, version, input);
  }

  @Mutation(() => StaffUserWithPassword, { description: 'Sets a temporary password to be changed at next sign-in (ADMIN).' })
  resetStaffPassword(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<StaffUserWithPassword> {
    return resetStaffPassword(context, id, version);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Changes to the account, newest first (ADMIN).' })
  history(@Root() user: StaffUser, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return staffUserHistory(context, user, limit, offset);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of a PARTNER or OFFICER; null for DPMPTSP staff.' })
  async agency(@Root() user: StaffUser, @Ctx() context: RequestContext): Promise<AgencyRecord | null> {
    return user.agency ? agencyById(context).load(user.agency.id) : null;
  }
}
