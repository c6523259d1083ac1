import { createHash, randomBytes } from 'node:crypto';
import { newId, requiredKey, signKioskAccessToken } from '@mpp/kit';
import type { RequestContext } from '@mpp/kit/subgraph';
import type { KioskSession } from './kiosk.inputs';

/**
 * A device token: 256 random bits, shown once at registration. Only its SHA-256 is stored, as
 * refresh tokens' are: a copy of the table signs no kiosk in, and a secret this long needs no
 * slow hash to resist guessing.
 */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new session of a kiosk: an access token naming the kiosk and a session id of its own. No
 * row is kept per session: a kiosk's sessions live exactly as long as the kiosk is active,
 * which the gateway asks every few seconds (`currentKiosk`); the id lets it tell sessions apart.
 */
export async function openKioskSession(context: RequestContext, kioskId: string): Promise<KioskSession> {
  const { token, expiresAt } = await signKioskAccessToken({ kioskId, sessionId: newId() }, requiredKey(context.config, 'staffTokenSigning'));
  return { token, expiresAt };
}
