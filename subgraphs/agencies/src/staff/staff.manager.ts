import { Role, badUserInput, isStaff, newId, notFound, pageRequest, requireEmail, requireText, type Page } from '@mpp/kit';
import { auditHistory, type AuditRecord, fieldChanges, flushOrConflict, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Agency } from '../agencies/agency.entity';
import { agenciesPermissions } from '../access/permissions';
import { generatePassword, hashPassword } from './passwords';
import { isSessionLive, revokeAllSessions } from './sessions';
import { StaffUser } from './staff-user.entity';
import type { CreateStaffUserInput, UpdateStaffUserInput } from './staff.inputs';

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

/** Every account, by name: ADMIN only. */
export async function listStaffUsers(context: RequestContext, limit?: number | null, offset?: number | null): Promise<Page<StaffUser>> {
  agenciesPermissions.require(context.viewer, 'staff.manage', null);
  const page = pageRequest(limit, offset);
  const [items, totalCount] = await context.em.findAndCount(StaffUser, {}, { orderBy: { name: 'asc', id: 'asc' }, ...page });
  return { items, totalCount };
}

export async function createStaffUser(
  context: RequestContext,
  input: CreateStaffUserInput,
): Promise<{ user: StaffUser; temporaryPassword: string }> {
  agenciesPermissions.require(context.viewer, 'staff.manage', null);
  const email = requireEmail(input.email);
  const name = requireText(input.name, 'name', 2, 120);
  const agency = await agencyForRole(context, input.role, input.agencyId ?? null);
  await requireUniqueEmail(context, email, null);
  const temporaryPassword = generatePassword();
  const user = context.em.create(StaffUser, {
    id: newId(),
    email,
    name,
    role: input.role,
    agency,
    active: true,
    mustChangePassword: true,
    passwordHash: await hashPassword(temporaryPassword),
  });
  recordChange(context, {
    entityType: 'StaffUser',
    entityId: user.id,
    action: 'CREATE',
    ownerAgencyId: user.agency?.id ?? null,
    changes: fieldChanges<AccountFacts>(null, accountFacts(user), AUDITED_ACCOUNT_FIELDS),
  });
  // Two administrators creating the same email at once: the unique index decides.
  await flushOrConflict(context.em, 'This account', 'email');
  return { user, temporaryPassword };
}

export async function updateStaffUser(
  context: RequestContext,
  id: string,
  version: number,
  input: UpdateStaffUserInput,
): Promise<StaffUser> {
  agenciesPermissions.require(context.viewer, 'staff.manage', null);
  const user = await context.em.findOne(StaffUser, { id });
  if (!user) throw notFound('Staff account');
  requireVersion(user, version, 'This account');
  const before = accountFacts(user);
  const self = isStaff(context.viewer) && context.viewer.userId === user.id;
  if (input.email !== undefined) {
    const email = requireEmail(input.email);
    await requireUniqueEmail(context, email, user.id);
    user.email = email;
  }
  if (input.name !== undefined) user.name = requireText(input.name, 'name', 2, 120);
  if (input.role !== undefined || input.agencyId !== undefined) {
    const role = input.role ?? user.role;
    if (self && role !== Role.ADMIN) throw badUserInput('role', 'An administrator cannot take away their own ADMIN role.');
    const agencyId = input.agencyId !== undefined ? input.agencyId : (user.agency?.id ?? null);
    user.agency = await agencyForRole(context, role, agencyId);
    user.role = role;
  }
  const deactivating = input.active === false && user.active;
  if (input.active !== undefined) {
    if (input.active === null) throw badUserInput('active', 'active must be true or false.');
    if (self && !input.active) throw badUserInput('active', 'An administrator cannot deactivate their own account.');
    user.active = input.active;
  }
  const changes = fieldChanges<AccountFacts>(before, accountFacts(user), AUDITED_ACCOUNT_FIELDS);
  // The account, its audit record and the end of its sessions are one change: all or none.
  await context.em.transactional(async (tx) => {
    const inTransaction = { ...context, em: tx };
    if (changes.length > 0) {
      recordChange(inTransaction, { entityType: 'StaffUser', entityId: user.id, action: 'UPDATE', ownerAgencyId: user.agency?.id ?? null, changes });
    }
    if (deactivating) await revokeAllSessions(inTransaction, user.id, 'DEACTIVATED');
    await flushOrConflict(tx, 'This account', 'email');
  });
  return user;
}

/** A new temporary password; the account must change it at its next sign-in. Sessions end. */
export async function resetStaffPassword(
  context: RequestContext,
  id: string,
  version: number,
): Promise<{ user: StaffUser; temporaryPassword: string }> {
  agenciesPermissions.require(context.viewer, 'staff.manage', null);
  const user = await context.em.findOne(StaffUser, { id });
  if (!user) throw notFound('Staff account');
  requireVersion(user, version, 'This account');
  const temporaryPassword = generatePassword();
  user.passwordHash = await hashPassword(temporaryPassword);
  user.mustChangePassword = true;
  await context.em.transactional(async (tx) => {
    // The audit names the reset, never the password.
    recordChange({ ...context, em: tx }, { entityType: 'StaffUser', entityId: user.id, action: 'PASSWORD_RESET', ownerAgencyId: user.agency?.id ?? null });
    await revokeAllSessions({ ...context, em: tx }, user.id, 'PASSWORD');
    await flushOrConflict(tx, 'This account');
  });
  return { user, temporaryPassword };
}

type AccountFacts = { email: string; name: string; role: Role; agencyId: string | null; active: boolean };
const AUDITED_ACCOUNT_FIELDS = ['email', 'name', 'role', 'agencyId', 'active'] as const;
function accountFacts(user: StaffUser): AccountFacts {
  return { email: user.email, name: user.name, role: user.role, agencyId: user.agency?.id ?? null, active: user.active };
}

/** PARTNER and OFFICER accounts belong to an existing agency; DPMPTSP staff to none. */
async function agencyForRole(context: RequestContext, role: Role, agencyId: string | null) {
  if (role === Role.ADMIN || role === Role.EDITOR) {
    if (agencyId !== null) throw badUserInput('agencyId', `${role} accounts are DPMPTSP staff and belong to no agency.`);
    return null;
  }
  if (agencyId === null) throw badUserInput('agencyId', `${role} accounts belong to an agency.`);
  const agency = await context.em.findOne(Agency, { id: agencyId });
  if (!agency) throw badUserInput('agencyId', 'No agency has this id.');
  return context.em.getReference(Agency, agency.id, { wrapped: true });
}

async function requireUniqueEmail(context: RequestContext, email: string, exceptId: string | null): Promise<void> {
  const existing = await context.em.findOne(StaffUser, { email }, { fields: ['id'] });
  if (existing && existing.id !== exceptId) throw badUserInput('email', 'Another account already uses this email.');
}

/** An account's audit trail: ADMIN only. */
export async function staffUserHistory(context: RequestContext, user: StaffUser, limit?: number | null, offset?: number | null): Promise<Page<AuditRecord> | null> {
  if (!agenciesPermissions.allowsStaffField(context.viewer, 'staff.manage', null)) return null;
  return auditHistory(context, 'StaffUser', user.id, limit, offset);
}
