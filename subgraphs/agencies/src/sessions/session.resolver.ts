import type { RequestContext } from '@mpp/kit/subgraph';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AuthPayload } from './session.inputs';
import { changeOwnPassword, login, logout, refreshSession } from './session.mutations';

@Resolver()
export class SessionResolver {
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
