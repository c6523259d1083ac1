import { Role, badUserInput, isStaff, newId, notFound, requireEmail, requireText } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { Agency } from '../agencies/agency.entity';
import { revokeAllSessions } from '../sessions/session.tokens';
import { generatePassword, hashPassword } from './passwords';
import { StaffUser } from './staff-user.entity';
import type { CreateStaffUserInput, StaffUserWithPassword, UpdateStaffUserInput } from './staff.inputs';
import { staffPolicy } from './staff.policy';

/*
 * Administrators manage accounts. Each mutation is one unit of work: the account, its audit
 * record and the end of its sessions (deactivation, reset) commit together or not at all.
 * Refusals in order: FORBIDDEN (only administrators see accounts at all), NOT_FOUND, CONFLICT,
 * then field rules.
 */

const ACCOUNT = 'This account';

/** What the audit trail records of an account: never its password. */
type AccountFacts = { email: string; name: string; role: Role; agencyId: string | null; active: boolean };
const AUDITED: readonly (keyof AccountFacts)[] = ['email', 'name', 'role', 'agencyId', 'active'];

/** A new account with a temporary password it must change at its first sign-in. */
export function createStaffUser(context: RequestContext, input: CreateStaffUserInput): Promise<StaffUserWithPassword> {
  return inUnitOfWork(context, async (unit) => {
    staffPolicy.require(unit.viewer, 'staff.manage', null);
    const email = requireEmail(input.email);
    const name = requireText(input.name, 'name', 2, 120);
    const agency = await agencyForRole(unit, input.role, input.agencyId ?? null);
    await requireUnusedEmail(unit, email, null);
    const temporaryPassword = generatePassword();
    const user = unit.em.create(StaffUser, {
      id: newId(),
      email,
      name,
      role: input.role,
      agency,
      active: true,
      mustChangePassword: true,
      passwordHash: await hashPassword(temporaryPassword),
    });
    recordChange(unit, { entityType: 'StaffUser', entityId: user.id, action: 'CREATE', ownerAgencyId: user.agency?.id ?? null, changes: fieldChanges<AccountFacts>(null, factsOf(user), AUDITED) });
    // Two administrators creating the same email at once: the unique index decides.
    await flushOrConflict(unit.em, ACCOUNT, 'email');
    return { user, temporaryPassword };
  });
}

/** Edits an account; deactivating it ends its sessions. An administrator cannot lock themselves out. */
export function updateStaffUser(context: RequestContext, id: string, version: number, input: UpdateStaffUserInput): Promise<StaffUser> {
  return inUnitOfWork(context, async (unit) => {
    staffPolicy.require(unit.viewer, 'staff.manage', null);
    const user = await unit.em.findOne(StaffUser, { id });
    if (!user) throw notFound('Staff account');
    requireVersion(user, version, ACCOUNT);

    const before = factsOf(user);
    const self = isStaff(unit.viewer) && unit.viewer.userId === user.id;
    if (input.email !== undefined) {
      const email = requireEmail(input.email);
      await requireUnusedEmail(unit, email, user.id);
      user.email = email;
    }
    if (input.name !== undefined) user.name = requireText(input.name, 'name', 2, 120);
    if (input.role !== undefined || input.agencyId !== undefined) {
      const role = input.role ?? user.role;
      if (self && role !== Role.ADMIN) throw badUserInput('role', 'An administrator cannot take away their own ADMIN role.');
      const agencyId = input.agencyId !== undefined ? input.agencyId : (user.agency?.id ?? null);
      user.agency = await agencyForRole(unit, role, agencyId);
      user.role = role;
    }
    const deactivating = input.active === false && user.active;
    if (input.active !== undefined) {
      if (input.active === null) throw badUserInput('active', 'active must be true or false.');
      if (self && !input.active) throw badUserInput('active', 'An administrator cannot deactivate their own account.');
      user.active = input.active;
    }

    const changes = fieldChanges<AccountFacts>(before, factsOf(user), AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: 'StaffUser', entityId: user.id, action: 'UPDATE', ownerAgencyId: user.agency?.id ?? null, changes });
    if (deactivating) await revokeAllSessions(unit, user.id, 'DEACTIVATED');
    await flushOrConflict(unit.em, ACCOUNT, 'email');
    return user;
  });
}

/** A new temporary password; the account must change it at its next sign-in. Its sessions end. */
export function resetStaffPassword(context: RequestContext, id: string, version: number): Promise<StaffUserWithPassword> {
  return inUnitOfWork(context, async (unit) => {
    staffPolicy.require(unit.viewer, 'staff.manage', null);
    const user = await unit.em.findOne(StaffUser, { id });
    if (!user) throw notFound('Staff account');
    requireVersion(user, version, ACCOUNT);
    const temporaryPassword = generatePassword();
    user.passwordHash = await hashPassword(temporaryPassword);
    user.mustChangePassword = true;
    // The audit names the reset, never the password.
    recordChange(unit, { entityType: 'StaffUser', entityId: user.id, action: 'PASSWORD_RESET', ownerAgencyId: user.agency?.id ?? null });
    await revokeAllSessions(unit, user.id, 'PASSWORD');
    await flushOrConflict(unit.em, ACCOUNT);
    return { user, temporaryPassword };
  });
}

function factsOf(user: StaffUser): AccountFacts {
  return { email: user.email, name: user.name, role: user.role, agencyId: user.agency?.id ?? null, active: user.active };
}

/** PARTNER and OFFICER accounts belong to an existing agency; DPMPTSP staff to none. */
async function agencyForRole(unit: RequestContext, role: Role, agencyId: string | null) {
  if (role === Role.ADMIN || role === Role.EDITOR) {
    if (agencyId !== null) throw badUserInput('agencyId', `${role} accounts are DPMPTSP staff and belong to no agency.`);
    return null;
  }
  if (agencyId === null) throw badUserInput('agencyId', `${role} accounts belong to an agency.`);
  const agency = await unit.em.findOne(Agency, { id: agencyId }, { fields: ['id'] });
  if (!agency) throw badUserInput('agencyId', 'No agency has this id.');
  return unit.em.getReference(Agency, agency.id, { wrapped: true });
}

async function requireUnusedEmail(unit: RequestContext, email: string, accountId: string | null): Promise<void> {
  const existing = await unit.em.findOne(StaffUser, { email }, { fields: ['id'] });
  if (existing && existing.id !== accountId) throw badUserInput('email', 'Another account already uses this email.');
}
