import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestContext } from '../context/request-context';

/** What would write through an EntityManager: a mutation may do these only on its unit's. */
const WRITES = new Set([
  'flush',
  'persist',
  'persistAndFlush',
  'create',
  'assign',
  'remove',
  'removeAndFlush',
  'insert',
  'insertMany',
  'upsert',
  'upsertMany',
  'nativeUpdate',
  'nativeDelete',
  'transactional',
  'begin',
  'commit',
  'lock',
]);

/**
 * Makes every mutation run in a unit of work (inUnitOfWork). While a mutation's resolver runs,
 * the request's own EntityManager only reads (and forks): writing through it throws, so nothing a
 * mutation does can be written outside its unit — with other mutations' leftovers, or after its
 * unit failed. A mutation that returns without having run a unit is a programming error and fails
 * loudly (INTERNAL_SERVER_ERROR, logged). One that throws needs no check: nothing of it was written.
 */
export function requireUnitOfWorkInMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, context: RequestContext, info) => {
      const before = context.unitsOfWork;
      const requestEm = context.em;
      context.em = readOnly(requestEm, info.fieldName);
      try {
        const result: unknown = await resolve(source, args, context, info);
        if (context.unitsOfWork === before) throw new Error(`mutation ${info.fieldName} did not run in a unit of work (inUnitOfWork)`);
        return result;
      } finally {
        context.em = requestEm;
      }
    };
  }
}

function readOnly(em: EntityManager, mutationName: string): EntityManager {
  return new Proxy(em, {
    get(target, property, receiver) {
      if (typeof property === 'string' && WRITES.has(property)) {
        return () => {
          throw new Error(`mutation ${mutationName} wrote outside its unit of work (${property} on the request's EntityManager)`);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
