import { setTimeout as sleep } from 'node:timers/promises';
import { DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context/request-context';

/** How many times a unit of work is tried when the database gives up on a lock. */
export const UNIT_OF_WORK_ATTEMPTS = 3;
const RETRY_DELAY_MS = 25;

/**
 * Runs one mutation as one unit of work: on its own EntityManager (a fresh fork, so nothing
 * another mutation of the same operation left in memory can be written with it) inside one
 * transaction. What `work` changes, creates, and the audit records it adds are flushed and
 * committed together at the end, or, if it throws, none of it is. A deadlock or lock-wait
 * timeout (MySQL 1213/1205, SQLite busy) rolls the transaction back and runs `work` again from
 * the start, at most UNIT_OF_WORK_ATTEMPTS times: `work` must therefore read what it needs
 * through the context it is given, never reuse entities loaded before.
 *
 * Afterwards the request's own EntityManager and loaders are cleared, so the fields of the
 * mutation's answer (and any later mutation of the operation) read what was committed.
 */
export async function inUnitOfWork<T>(context: RequestContext, work: (unit: RequestContext) => Promise<T>): Promise<T> {
  context.unitsOfWork += 1;
  try {
    for (let attempt = 1; ; attempt += 1) {
      const em = context.em.fork({ clear: true, freshEventManager: false });
      try {
        return await em.transactional((tx) => work({ ...context, em: tx, loaders: new Map() }));
      } catch (error) {
        if (attempt >= UNIT_OF_WORK_ATTEMPTS || !isLockFailure(context, error)) throw error;
        await sleep(RETRY_DELAY_MS * attempt);
      }
    }
  } finally {
    context.em.clear();
    context.loaders.clear();
  }
}

/**
 * The database gave up waiting for a lock; the same work may succeed when tried again. MikroORM
 * converts driver errors only on its own methods: a query builder's or raw knex's error arrives
 * as the driver raised it (MySQL 1213/1205, SQLite "database is locked"), so it is converted here.
 */
function isLockFailure(context: RequestContext, error: unknown): boolean {
  if (isConvertedLockFailure(error)) return true;
  if (!(error instanceof Error) || error instanceof DriverException || error instanceof GraphQLError) return false;
  return isConvertedLockFailure(context.em.getDriver().convertException(error));
}

/**
 * A deadlock or lock timeout as MikroORM's own methods report it (converted from the driver's
 * error): the same work may succeed when tried again.
 */
export function isConvertedLockFailure(error: unknown): boolean {
  return error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
}
