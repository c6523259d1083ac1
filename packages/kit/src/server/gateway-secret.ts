import { createHash, timingSafeEqual } from 'node:crypto';

/** Header in which the gateway proves itself to subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-mpp-gateway-secret';
/** The request's id, the same in the gateway's and every subgraph's log lines. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's address, as the gateway saw it; trusted only with the gateway secret. */
export const CLIENT_ADDRESS_HEADER = 'x-mpp-client-address';

/** Constant-time comparison (hashing first makes the lengths equal). */
export function isGatewaySecret(presented: string | undefined, secret: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}
