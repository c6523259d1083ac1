import { badUserInput, clock, conflict, newId, notFound, requireText, unauthenticated } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { raw } from '@mikro-orm/core';
import { Kiosk } from './kiosk.entity';
import type { KioskSession, RegisteredKiosk } from './kiosk.inputs';
import { kioskPolicy } from './kiosk.policy';
import { hashDeviceToken, newDeviceToken, openKioskSession } from './kiosk.tokens';

/*
 * Editors and administrators register, rename and revoke kiosks; each of these is one unit of
 * work with its audit record. Refusals in order: FORBIDDEN (only they see kiosks at all),
 * NOT_FOUND, CONFLICT, then field rules. A kiosk trades its device token for a session here too
 * (startKioskSession): a sign-in, like staff's login, it writes no audit record and never raises
 * the kiosk's version.
 */

const KIOSK = 'This kiosk';
/** The same answer for a token that never was a kiosk's and one of a revoked kiosk: it reveals neither. */
const WRONG_DEVICE_TOKEN = 'This device token is not valid.';

/** What the audit trail records of a kiosk: never its device token. */
type KioskFacts = { name: string; active: boolean };
const AUDITED: readonly (keyof KioskFacts)[] = ['name', 'active'];

/** A new kiosk and its device token, shown this once. */
export function registerKiosk(context: RequestContext, nameInput: string): Promise<RegisteredKiosk> {
  return inUnitOfWork(context, async (unit) => {
    kioskPolicy.require(unit.viewer, 'kiosk.manage', null);
    const name = await freeName(unit, nameInput, null);
    const deviceToken = newDeviceToken();
    const kiosk = unit.em.create(Kiosk, { id: newId(), name, deviceTokenHash: hashDeviceToken(deviceToken) });
    recordChange(unit, { entityType: 'Kiosk', entityId: kiosk.id, action: 'CREATE', ownerAgencyId: null, changes: fieldChanges<KioskFacts>(null, factsOf(kiosk), AUDITED) });
    await flushOrConflict(unit.em, KIOSK);
    return { kiosk, deviceToken };
  });
}

/** Renames a kiosk that is still active; send the version you read. */
export function renameKiosk(context: RequestContext, id: string, version: number, nameInput: string): Promise<Kiosk> {
  return inUnitOfWork(context, async (unit) => {
    kioskPolicy.require(unit.viewer, 'kiosk.manage', null);
    const kiosk = await unit.em.findOne(Kiosk, { id });
    if (!kiosk) throw notFound('Kiosk');
    requireVersion(kiosk, version, KIOSK);
    if (!kiosk.active) throw conflict('This kiosk is revoked; register a new one instead.');
    const before = factsOf(kiosk);
    kiosk.name = await freeName(unit, nameInput, kiosk.id);
    const changes = fieldChanges<KioskFacts>(before, factsOf(kiosk), AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'Kiosk', entityId: kiosk.id, action: 'UPDATE', ownerAgencyId: null, changes });
    await flushOrConflict(unit.em, KIOSK);
    return kiosk;
  });
}

/**
 * Revokes a kiosk for good: its device token is refused from now on, and the gateway refuses its
 * access tokens within seconds (it asks `currentKiosk` every few seconds per session). A kiosk
 * already revoked is a CONFLICT, so two revocations at once cannot both report success.
 */
export function revokeKiosk(context: RequestContext, id: string): Promise<Kiosk> {
  return inUnitOfWork(context, async (unit) => {
    kioskPolicy.require(unit.viewer, 'kiosk.manage', null);
    const kiosk = await unit.em.findOne(Kiosk, { id });
    if (!kiosk) throw notFound('Kiosk');
    if (!kiosk.active) throw conflict('This kiosk is already revoked.');
    const before = factsOf(kiosk);
    kiosk.revokedAt = clock.now();
    recordChange(unit, { entityType: 'Kiosk', entityId: kiosk.id, action: 'REVOKE', ownerAgencyId: null, changes: fieldChanges<KioskFacts>(before, factsOf(kiosk), AUDITED) });
    // The version guards the write: of two revocations at once, the second is a CONFLICT.
    await flushOrConflict(unit.em, KIOSK);
    return kiosk;
  });
}

/**
 * Trades a device token for a short-lived access token, for anyone who holds one (the kiosk
 * signs in with nothing else). A token that is no kiosk's and one of a revoked kiosk get the
 * same answer. A 256-bit token cannot be guessed, so there are no sign-in limits here.
 */
export function startKioskSession(context: RequestContext, deviceToken: string): Promise<KioskSession> {
  return inUnitOfWork(context, async (unit) => {
    const kiosk = await unit.em.findOne(Kiosk, { deviceTokenHash: hashDeviceToken(deviceToken), revokedAt: null }, { fields: ['id'] });
    if (!kiosk) throw unauthenticated(WRONG_DEVICE_TOKEN);
    // Only while still active, in the statement that writes: a revocation committed since the
    // read above changes no row here. The version is named so that it stays as it is (MikroORM
    // raises it on any update that leaves it out): a session is no edit of the kiosk.
    const started = await unit.em.nativeUpdate(Kiosk, { id: kiosk.id, revokedAt: null }, { lastSessionStartedAt: clock.now(), version: raw('version') });
    if (started !== 1) throw unauthenticated(WRONG_DEVICE_TOKEN);
    return openKioskSession(unit, kiosk.id);
  });
}

function factsOf(kiosk: Kiosk): KioskFacts {
  return { name: kiosk.name, active: kiosk.active };
}

/**
 * A well-formed name no other active kiosk has (letter case ignored), so staff can tell kiosks
 * apart; a revoked kiosk's name is free for its replacement. Kiosks are few: their names are
 * compared here, not by an index (one unique among active rows only is not portable).
 */
async function freeName(unit: RequestContext, value: string, kioskId: string | null): Promise<string> {
  const name = requireText(value, 'name', 2, 80);
  const active = await unit.em.find(Kiosk, { revokedAt: null }, { fields: ['id', 'name'] });
  if (active.some((other) => other.id !== kioskId && other.name.toLowerCase() === name.toLowerCase())) {
    throw badUserInput('name', 'Another active kiosk already has this name.');
  }
  return name;
}
