import { useCallback, useEffect, useRef } from 'react';
import { useRecordContext } from 'react-admin';
import { useFormContext, useFormState } from 'react-hook-form';
import type { ServiceRecord } from './service.record';

/** The form's list inputs (react-hook-form field arrays), by path. */
const LIST_INPUTS = ['keywords', 'requirements', 'procedure', 'legalBasis', 'complaintChannels', 'fee.tiers'] as const;

interface Remembered {
  version: number;
  values: Record<string, unknown>;
  dirty: Record<string, unknown>;
}

/**
 * Reloading the latest version after a CONFLICT keeps the user's changed fields (the form
 * keeps dirty values; this marks them changed again, which react-admin's reset forgets), but react-hook-form counts a list as changed as a whole: one changed
 * requirement would keep every other requirement as this user read it, silently undoing the
 * other person's change to them. So the lists are merged item by item: the items this user
 * changed keep their input, the others take the latest version. A list whose length this user
 * changed is theirs as a whole (its items no longer line up).
 *
 * Returns `remember`, to call just before the reload.
 */
export function useKeepMyListItems(): () => void {
  const record = useRecordContext<ServiceRecord>();
  const { getValues, setValue } = useFormContext();
  const { dirtyFields } = useFormState();
  const remembered = useRef<Remembered | null>(null);

  const remember = useCallback(() => {
    if (!record) return;
    remembered.current = { version: record.version, values: structuredClone(getValues()), dirty: structuredClone(dirtyFields) };
  }, [record, getValues, dirtyFields]);

  useEffect(() => {
    const before = remembered.current;
    if (!record || !before || record.version === before.version) return;
    // After react-admin's reset of the form to the new record (an effect of the form, which
    // runs after this one): set before it, the merged lists would be kept but not count as changes.
    const timer = setTimeout(() => {
      remembered.current = null;
      for (const path of LIST_INPUTS) {
        const dirty = valueAt(before.dirty, path);
        if (!Array.isArray(dirty)) continue;
        const read = valueAt(before.values, path);
        const latest = valueAt(record, path);
        if (!Array.isArray(read) || !Array.isArray(latest) || read.length !== latest.length) continue;
        const mine: unknown[] = read;
        const merged = latest.map((item: unknown, index) => (changedIn(dirty[index]) ? mine[index] : item));
        setValue(path, merged, { shouldDirty: true });
      }
      // The kept input differs from the reloaded record: marking it so makes the form count as
      // changed again (react-admin's reset cleared that), and the save button is offered.
      for (const path of dirtyPaths(before.dirty)) {
        if (!(LIST_INPUTS as readonly string[]).includes(path)) setValue(path, getValues(path), { shouldDirty: true });
      }
    });
    return () => clearTimeout(timer);
  }, [record, setValue, getValues]);

  return remember;
}

/** The paths of the changed inputs (a list input counts as one). */
function dirtyPaths(flags: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(flags).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (!changedIn(value)) return [];
    if (value === true || Array.isArray(value) || (LIST_INPUTS as readonly string[]).includes(path)) return [path];
    return dirtyPaths(value as Record<string, unknown>, `${path}.`);
  });
}

/** Did the user change anything of this item (dirty flags: true, or objects/arrays holding one)? */
function changedIn(flags: unknown): boolean {
  if (flags === true) return true;
  if (Array.isArray(flags)) return flags.some(changedIn);
  if (typeof flags === 'object' && flags !== null) return Object.values(flags).some(changedIn);
  return false;
}

function valueAt(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), source);
}
