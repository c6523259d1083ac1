import type { RaRecord } from 'react-admin';
import type { ResourceData } from '../data/resource';
import { matchesSearch, pageOf, requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';
import { KioskHistoryDocument, KioskListDocument, RegisterKioskDocument, RenameKioskDocument, RevokeKioskDocument, type KioskFieldsFragment } from '../generated/graphql';
import { request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';

/** A kiosk as the screens use it: the API's fields. */
export type KioskRecord = KioskFieldsFragment & RaRecord;

/** A kiosk just registered and its device token, which the API shows in this answer only. */
export type RegisteredKioskRecord = KioskRecord & { deviceToken: string };

export type KioskState = 'active' | 'revoked';

interface KioskFilter {
  q?: string;
  state?: KioskState;
}

/** Every kiosk, revoked ones too, filtered here: the API lists them whole (a mall has a handful). */
async function kiosks(filter: KioskFilter): Promise<KioskRecord[]> {
  const { kiosks: all } = await request(KioskListDocument);
  return all.filter((kiosk) => (!filter.state || kiosk.active === (filter.state === 'active')) && matchesSearch(filter.q, [kiosk.name]));
}

const KIOSK_FIELD_ERRORS = onInputs(['name'], () => 'mpp.kiosks.invalidName');

/** The name as typed, trimmed (the API refuses a blank one, naming the field). */
function nameOf(data: unknown): string {
  const name = (data as { name?: unknown }).name;
  return typeof name === 'string' ? name.trim() : '';
}

export const kiosksData = {
  async getList(_resource, params) {
    return pageOf(await kiosks(params.filter as KioskFilter), params);
  },
  /** The API has no lookup of one kiosk. */
  async getOne(_resource, params) {
    return { data: requireFound((await kiosks({})).find((kiosk) => kiosk.id === String(params.id))) };
  },
  /** Registers a kiosk: the answer carries its device token, for the screen to show once. */
  async create(_resource, params) {
    const name = nameOf(params.data);
    const { registerKiosk } = await withFieldErrors(request(RegisterKioskDocument, { name }), KIOSK_FIELD_ERRORS);
    const registered: RegisteredKioskRecord = { ...registerKiosk.kiosk, deviceToken: registerKiosk.deviceToken };
    return { data: registered };
  },
  /** Renames an active kiosk (its name is all a form changes). */
  async update(_resource, params) {
    const previous = params.previousData as KioskRecord;
    const name = nameOf(params.data);
    if (name === previous.name) return { data: previous };
    const { renameKiosk } = await withFieldErrors(request(RenameKioskDocument, { id: String(params.id), version: versionRead(previous), name }), KIOSK_FIELD_ERRORS);
    return { data: renameKiosk };
  },
} as ResourceData;

/** Revokes a kiosk for good: within seconds its sessions end and its device token starts none. */
export async function revokeKiosk(kiosk: KioskRecord): Promise<KioskRecord> {
  return (await request(RevokeKioskDocument, { id: kiosk.id })).revokeKiosk;
}

/** The kiosk's audit trail, a page at a time, read through the list (null when the user may not read it). */
export const kioskHistory: HistoryLoader<KioskRecord> = async (kiosk, { limit, offset }) => {
  const result = await request(KioskHistoryDocument, { limit, offset });
  return result.kiosks.find((candidate) => candidate.id === kiosk.id)?.history ?? null;
};
