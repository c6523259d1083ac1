/**
 * What the trust model costs per request, beside what the shared secret it replaced cost, in
 * one run: the gateway's signing and a subgraph's verification as they run per call (reused
 * tokens), the first call of a viewer (a fresh signature and a full verification), and the
 * gateway's check of a staff access token (EdDSA) beside the HS256 check it replaced.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import {
  ANONYMOUS,
  InternalTokenIssuer,
  InternalTokenVerifier,
  requiredKey,
  signAccessToken,
  signInternalToken,
  verifyAccessToken,
  verifyInternalToken,
  type PlatformConfig,
} from '@mpp/kit';
import { StaffTokenCheck } from '@mpp/gateway';

export interface CostFigure {
  label: string;
  microsecondsPerCall: number;
}

async function perCall(label: string, iterations: number, call: (i: number) => unknown): Promise<CostFigure> {
  for (let i = 0; i < Math.min(iterations, 1000); i += 1) await call(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) await call(i);
  return { label, microsecondsPerCall: Number(process.hrtime.bigint() - start) / 1e3 / iterations };
}

export async function measureTrustCost(config: PlatformConfig): Promise<CostFigure[]> {
  const internalKey = requiredKey(config, 'internalTokenSigning');
  const internalPublic = requiredKey(config, 'internalTokenVerification');
  const staffKey = requiredKey(config, 'staffTokenSigning');
  const staffPublic = requiredKey(config, 'staffTokenVerification');
  const editor = { kind: 'staff' as const, userId: 'bench-user', role: 'EDITOR' as const, agencyId: null, mustChangePassword: false, sessionId: 'bench-session' };

  // The check every subgraph made before: the shared secret, hashed and compared in constant time.
  const secret = randomBytes(32).toString('base64url');
  const sharedSecretCheck = await perCall('shared secret check (before)', 100_000, () =>
    timingSafeEqual(createHash('sha256').update(secret).digest(), createHash('sha256').update(secret).digest()),
  );
  const issuer = new InternalTokenIssuer(internalKey);
  const verifier = new InternalTokenVerifier(internalPublic, 'catalog');
  const perRequest = await perCall('internal token, per call (reused: sign + verify)', 100_000, async (i) =>
    verifier.verify(await issuer.tokenFor('catalog', i % 2 ? editor : ANONYMOUS)),
  );
  const firstOfViewer = await perCall('internal token, first call of a viewer (sign + verify)', 2_000, async () =>
    verifyInternalToken((await signInternalToken(internalKey, 'catalog', editor)).token, internalPublic, 'catalog'),
  );

  const hmacKey = new TextEncoder().encode(randomBytes(32).toString('base64url'));
  const hmacToken = await new SignJWT({ role: 'EDITOR', agency: null, sid: 's' }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer('mpp-paser').setAudience('mpp-paser-api').setIssuedAt().setExpirationTime('15m').sign(hmacKey);
  const hmacCheck = await perCall('staff token check, HS256 (before)', 5_000, () => jwtVerify(hmacToken, hmacKey, { algorithms: ['HS256'], issuer: 'mpp-paser', audience: 'mpp-paser-api' }));
  const { token: staffToken } = await signAccessToken({ userId: 'u', role: 'EDITOR', agencyId: null, mustChangePassword: false, sessionId: 's' }, staffKey);
  const edCheck = await perCall('staff token check, EdDSA, first request of a token', 5_000, () => verifyAccessToken(staffToken, staffPublic));
  const staffTokens = new StaffTokenCheck(staffPublic);
  const remembered = await perCall('staff token check, EdDSA, later requests (remembered)', 100_000, () => staffTokens.identify(`Bearer ${staffToken}`));
  return [sharedSecretCheck, perRequest, firstOfViewer, hmacCheck, edCheck, remembered];
}
