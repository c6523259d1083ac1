import { isStaff, pageRequest, type Page } from '@mpp/kit';
import { auditHistory, type AuditRecord, byKeys, byNameAsRead, defineLoader, type RequestContext } from '@mpp/kit/subgraph';
import { isSessionLive } from '../sessions/session.tokens';
import { StaffUser } from './staff-user.entity';
import { staffPolicy } from './staff.policy';

/**
 * The signed-in account; null for anonymous callers, and for a token whose account is gone or
 * deactivated or whose session has ended. The gateway asks this for every staff token (its
 * LiveIdentity), so the answer decides whether the token is still honoured.
 */
export async function findMe(context: RequestContext): Promise<StaffUser | null> {
  const viewer = context.viewer;
  if (!isStaff(viewer) || viewer.sessionId === undefined) return null;
  if (!(await isSessionLive(context, viewer.userId, viewer.sessionId))) return null;
  return context.em.findOne(StaffUser, { id: viewer.userId, active: true });
}

/**
 * Accounts by ID, batched per request (`_entities` from the gateway, for another subgraph that
 * names an account, such as the officer at a counter): every account for DPMPTSP staff, the
 * accounts of their own agency for partner staff and officers, each account its own; null
 * otherwise.
 */
export const staffUserById = defineLoader<string, StaffUser | null>(async (ids, context) => {
  const viewer = context.viewer;
  if (!isStaff(viewer) || viewer.mustChangePassword) return ids.map(() => null);
  const users = await context.em.find(StaffUser, { id: { $in: [...ids] } });
  const visible = users.filter((user) => user.id === viewer.userId || staffPolicy.allows(viewer, 'staff.read', user.agency?.id ?? null));
  return byKeys(ids, visible, (user) => user.id, null);
});

/** Every account, by name: administrators only. */
export async function listStaffUsers(context: RequestContext, limit?: number | null, offset?: number | null): Promise<Page<StaffUser>> {
  staffPolicy.require(context.viewer, 'staff.manage', null);
  const page = pageRequest(limit, offset);
  const [items, totalCount] = await context.em.findAndCount(StaffUser, {}, { orderBy: byNameAsRead<StaffUser>(context), ...page });
  return { items, totalCount };
}

/** An account's audit trail: administrators only. */
export async function staffUserHistory(context: RequestContext, user: StaffUser, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!staffPolicy.allowsStaffField(context.viewer, 'staff.manage', null)) return null;
  return auditHistory(context, 'StaffUser', user.id, limit, offset);
}
