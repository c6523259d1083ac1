import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { changeOwnPassword, login, logout, refreshSession } from './auth.manager';
import { StaffUser } from './staff-user.entity';
import { findMe } from './staff.manager';
import { AuthPayload } from './staff.inputs';

@Resolver()
export class AuthResolver {
  @Query(() => StaffUser, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  me(@Ctx() context: RequestContext): Promise<StaffUser | null> {
    return findMe(context);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; the same error for an unknown email and a wrong password.' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() context: RequestContext): Promise<AuthPayload> {
    return login(context, email, password);
  }

  @Mutation(() => AuthPayload, { description: 'A new session for a refresh token; the old token stops working.' })
  refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() context: RequestContext): Promise<AuthPayload> {
    return refreshSession(context, refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  logout(@Arg('refreshToken') refreshToken: string, @Ctx() context: RequestContext): Promise<boolean> {
    return logout(context, refreshToken);
  }

  @Mutation(() => AuthPayload, { description: 'Changes your own password; every other session ends.' })
  changeOwnPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload> {
    return changeOwnPassword(context, currentPassword, newPassword);
  }
}
