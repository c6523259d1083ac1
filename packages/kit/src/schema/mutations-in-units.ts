import { type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/request-context';

/**
 * Makes every mutation prove it ran in a unit of work (inUnitOfWork): one that returns without
 * having opened one is a programming error — its writes would be flushed with whatever else the
 * request's EntityManager holds — and fails loudly (INTERNAL_SERVER_ERROR, logged) instead of
 * answering. A mutation that throws needs no check: nothing of it may be written anyway.
 */
export function requireUnitOfWorkInMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, context: RequestContext, info) => {
      const before = context.unitsOfWork;
      const result: unknown = await resolve(source, args, context, info);
      if (context.unitsOfWork === before) {
        throw new Error(`mutation ${info.fieldName} did not run in a unit of work (inUnitOfWork)`);
      }
      return result;
    };
  }
}
