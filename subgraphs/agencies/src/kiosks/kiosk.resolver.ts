import { AuditPage, PageArgs, type RequestContext } from '@mpp/kit/subgraph';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Kiosk } from './kiosk.entity';
import { KioskSession, RegisteredKiosk } from './kiosk.inputs';
import { registerKiosk, renameKiosk, revokeKiosk, startKioskSession } from './kiosk.mutations';
import { findCurrentKiosk, kioskHistory, listKiosks } from './kiosk.queries';

@Resolver(() => Kiosk)
export class KioskResolver {
  @Query(() => [Kiosk], { description: 'Every kiosk, revoked ones too, by name (EDITOR, ADMIN).' })
  kiosks(@Ctx() context: RequestContext): Promise<Kiosk[]> {
    return listKiosks(context);
  }

  @Query(() => Kiosk, { nullable: true, description: 'The kiosk signed in with this access token; null for anyone else, and once it is revoked.' })
  currentKiosk(@Ctx() context: RequestContext): Promise<Kiosk | null> {
    return findCurrentKiosk(context);
  }

  @Mutation(() => RegisteredKiosk, { description: 'Registers a kiosk; its device token is shown in this answer only (EDITOR, ADMIN).' })
  registerKiosk(@Arg('name') name: string, @Ctx() context: RequestContext): Promise<RegisteredKiosk> {
    return registerKiosk(context, name);
  }

  @Mutation(() => Kiosk, { description: 'Renames an active kiosk; send the version you read (EDITOR, ADMIN).' })
  renameKiosk(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('name') name: string,
    @Ctx() context: RequestContext,
  ): Promise<Kiosk> {
    return renameKiosk(context, id, version, name);
  }

  @Mutation(() => Kiosk, { description: 'Revokes a kiosk for good: its tokens stop working within 10 seconds; revoking it again is a CONFLICT (EDITOR, ADMIN).' })
  revokeKiosk(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Kiosk> {
    return revokeKiosk(context, id);
  }

  @Mutation(() => KioskSession, { description: "Trades a kiosk's device token for a short-lived access token; a wrong or revoked token is UNAUTHENTICATED." })
  startKioskSession(@Arg('deviceToken') deviceToken: string, @Ctx() context: RequestContext): Promise<KioskSession> {
    return startKioskSession(context, deviceToken);
  }

  @FieldResolver(() => AuditPage, { nullable: true, description: 'Changes to the kiosk, newest first (EDITOR, ADMIN).' })
  history(@Root() kiosk: Kiosk, @Args() { limit, offset }: PageArgs, @Ctx() context: RequestContext): Promise<AuditPage | null> {
    return kioskHistory(context, kiosk, limit, offset);
  }
}
