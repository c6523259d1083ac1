import { useCallback, useEffect, useRef, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { ServiceRecord } from './service.record';

/*
 * How the edit form meets a newer version of its service that somebody else saved: after a
 * CONFLICT the user reloads it, and the app bar's refresh (or react-query refetching when the
 * window regains focus) may load it at any time. react-hook-form's reset (with keepDirtyValues)
 * then keeps every input the user changed, but it counts a list as one input: a list holding
 * one changed requirement would keep every other requirement as the user read it, silently
 * undoing the other person's change to them, and their added requirement would be lost on the
 * next save. So each field is merged three ways, against the record the form last took:
 * - a field the user did not change takes the latest version;
 * - a scalar the user changed keeps their input;
 * - a list both changed is merged item by item (see mergeList); where that cannot be done
 *   the user's list is kept and the screen names the list, so they check it before saving.
 */

const SCALAR_INPUTS = ['name', 'slug', 'summary', 'agencyId', 'categoryId', 'product', 'onlineUrl', 'processingTime', 'fee.isFree', 'fee.amount', 'fee.note'] as const;
const LIST_INPUTS = ['keywords', 'requirements', 'procedure', 'legalBasis', 'complaintChannels', 'fee.tiers'] as const;

/**
 * The versions this browser tab saved itself (a save, a workflow step, a restore), by service:
 * the form takes those as they are, and only a version nobody here saved is merged.
 */
const ownVersions = new Map<string, number>();

/** Notes a version the user's own save, step or restore produced (before it reaches the form). */
export function noteOwnVersion(record: Pick<ServiceRecord, 'id' | 'version'>): void {
  ownVersions.set(String(record.id), record.version);
}

export interface LatestVersionMerge {
  /** Call before reloading after a CONFLICT: the merge that follows is the one asked for. */
  expectReload: () => void;
  /** The reload brought no newer version (or failed): nothing to merge. */
  cancelReload: () => void;
  /** The lists kept as the user has them because both changed the same items ([] when none). */
  unmerged: string[];
}

/**
 * Merges a newer version of the record into the form (see above). `onUnaskedNewVersion` is
 * called when one arrives that the user neither saved nor asked for while they have unsaved
 * changes: the screen then says so, as it does after a CONFLICT.
 */
export function useLatestVersionMerge(onUnaskedNewVersion: () => void): LatestVersionMerge {
  const record = useRecordContext<ServiceRecord>();
  const { getValues, setValue, reset } = useFormContext();
  const base = useRef<ServiceRecord | undefined>(record);
  const expecting = useRef(false);
  const [unmerged, setUnmerged] = useState<{ version: number; fields: string[] } | null>(null);

  useEffect(() => {
    const before = base.current;
    if (!record) return;
    if (!before || before.id !== record.id) {
      base.current = record;
      return;
    }
    if (record.version === before.version) return;
    // After react-admin's reset of the form to the new record (an effect of the form, which
    // runs after this one): it has then kept the changed inputs and taken the record elsewhere.
    const timer = setTimeout(() => {
      base.current = record;
      const asked = expecting.current;
      expecting.current = false;
      if (ownVersions.get(String(record.id)) === record.version) {
        // What was saved is now the form's starting point: nothing is unsaved any more (the
        // reset with keepDirtyValues would otherwise keep the saved inputs marked changed, and
        // a later reload would keep them over somebody else's newer values).
        reset(record);
        setUnmerged(null);
        return;
      }
      const current = getValues();
      let userChangedSomething = false;
      const kept: string[] = [];
      for (const path of [...SCALAR_INPUTS, ...LIST_INPUTS]) {
        const mine = valueAt(current, path);
        const read = valueAt(before, path);
        const latest = valueAt(record, path);
        let resolved: unknown = latest;
        if (!same(mine, read)) {
          userChangedSomething = true;
          resolved = mine;
          if ((LIST_INPUTS as readonly string[]).includes(path) && Array.isArray(mine) && Array.isArray(read) && Array.isArray(latest) && !same(latest, read)) {
            const merged = mergeList(read, mine, latest);
            if (merged) resolved = merged;
            else kept.push(path);
          }
        }
        // shouldDirty compares with the new record: the inputs that now differ from it count
        // as changed (what the next save sends), the others as not changed.
        setValue(path, resolved, { shouldDirty: true });
      }
      setUnmerged(kept.length > 0 ? { version: record.version, fields: kept } : null);
      if (userChangedSomething && !asked) onUnaskedNewVersion();
    });
    return () => clearTimeout(timer);
  }, [record, getValues, setValue, reset, onUnaskedNewVersion]);

  const expectReload = useCallback(() => {
    expecting.current = true;
  }, []);
  const cancelReload = useCallback(() => {
    expecting.current = false;
  }, []);
  return { expectReload, cancelReload, unmerged: unmerged && record && unmerged.version === record.version ? unmerged.fields : [] };
}

/**
 * A three-way merge of one list: `read` is the list as the user read it, `mine` as they have
 * it, `latest` as somebody else saved it since. The user's edits are found against `read` and
 * applied to `latest`: an item they changed replaces the same item (by content) in `latest`,
 * an item they removed goes if `latest` still holds it unchanged, an item they added is
 * appended. Null when that cannot be done: both changed (or one removed) the same item, or the
 * user reordered the list.
 */
export function mergeList(read: unknown[], mine: unknown[], latest: unknown[]): unknown[] | null {
  // The user's items that are items as read, matched one to one (in order).
  const readMatched = new Array<boolean>(read.length).fill(false);
  const mineFromRead = mine.map((item) => {
    const index = read.findIndex((candidate, at) => !readMatched[at] && same(candidate, item));
    if (index >= 0) readMatched[index] = true;
    return index;
  });
  const keptOrder = mineFromRead.filter((index) => index >= 0);
  if (keptOrder.some((index, at) => at > 0 && index < keptOrder[at - 1])) return null;

  const result = [...latest];
  const latestIndexOf = (item: unknown) => result.findIndex((candidate) => same(candidate, item));
  const added: unknown[] = [];
  const changedRead = new Set<number>();
  // The form changes items in place: an item of the user's not as read, at the place of an
  // item read that they no longer have, is that item changed; anywhere else it is added.
  for (const [at, item] of mine.entries()) {
    if (mineFromRead[at] >= 0) continue;
    if (at < read.length && !readMatched[at] && !changedRead.has(at)) {
      changedRead.add(at);
      const index = latestIndexOf(read[at]);
      if (index < 0) return null;
      result[index] = item;
    } else {
      added.push(item);
    }
  }
  for (const [at, item] of read.entries()) {
    if (readMatched[at] || changedRead.has(at)) continue;
    // Removed by the user; gone from `latest` too means somebody else removed or changed it.
    const index = latestIndexOf(item);
    if (index < 0) return null;
    result.splice(index, 1);
  }
  return [...result, ...added];
}

/** Equal as the form shows it: an empty text, null and a missing value all read as empty. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(normalised);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalised((value as Record<string, unknown>)[key])] as const)
        .filter(([, item]) => item !== null),
    );
  }
  return value;
}

function valueAt(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), source);
}
