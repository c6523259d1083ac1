import { createHash } from 'node:crypto';

/**
 * The names of a MySQL schema's "running" lock (see database/running-lock.ts): one slot per
 * running process of its subgraph. Here, apart, so tools (scripts/restore.mjs) find them in the
 * side-effect-free kit.
 */
export const RUNNING_LOCK_SLOTS = 32;

/** The name of one slot (named locks are server-wide and at most 64 characters). */
export function runningLockName(schema: string, slot: number): string {
  return `mpp-running:${createHash('sha256').update(schema).digest('hex').slice(0, 40)}:${slot}`;
}
