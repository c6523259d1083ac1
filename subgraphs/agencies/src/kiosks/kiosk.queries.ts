import { isKiosk, type Page } from '@mpp/kit';
import { auditHistory, byNameAsRead, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { Kiosk } from './kiosk.entity';
import { kioskPolicy } from './kiosk.policy';

/** Every kiosk, revoked ones too, by name: DPMPTSP editors and administrators. */
export function listKiosks(context: RequestContext): Promise<Kiosk[]> {
  kioskPolicy.require(context.viewer, 'kiosk.manage', null);
  return context.em.find(Kiosk, {}, { orderBy: byNameAsRead<Kiosk>(context) });
}

/**
 * The kiosk the caller is, while it is not revoked; null for anyone else. The gateway asks this
 * for every kiosk token (its LiveIdentity), so the answer decides whether the token is still
 * honoured: a revocation reaches the kiosk's tokens within seconds.
 */
export function findCurrentKiosk(context: RequestContext): Promise<Kiosk | null> {
  const viewer = context.viewer;
  if (!isKiosk(viewer)) return Promise.resolve(null);
  return context.em.findOne(Kiosk, { id: viewer.kioskId, revokedAt: null });
}

/** A kiosk's audit trail: registration, renames, revocation; for those who manage kiosks. */
export async function kioskHistory(context: RequestContext, kiosk: Kiosk, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!kioskPolicy.allowsStaffField(context.viewer, 'kiosk.manage', null)) return null;
  return auditHistory(context, 'Kiosk', kiosk.id, limit, offset);
}
