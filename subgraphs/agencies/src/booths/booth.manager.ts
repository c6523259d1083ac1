import { byKeys, defineLoader, type RequestContext } from '@mpp/kit';
import { Booth, BoothStatus } from './booth.entity';

/** All booths by code (a mall has about fifty), optionally in one status. Public. */
export function listBooths(context: RequestContext, status: BoothStatus | null | undefined): Promise<Booth[]> {
  return context.em.find(Booth, status ? { status } : {}, { orderBy: { code: 'asc' } });
}

/** Booths by ID, batched per request. */
export const boothById = defineLoader<string, Booth | null>(async (ids, context) => {
  const booths = await context.em.find(Booth, { id: { $in: [...ids] } });
  return byKeys(ids, booths, (booth) => booth.id, null);
});
