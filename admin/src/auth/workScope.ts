import { authProvider, type CmsIdentity } from './authProvider';

/**
 * Whose records the signed-in user works on: DPMPTSP staff (administrators, editors) every
 * agency's, a partner or an officer their own agency's. The API lets anyone read every agency
 * and booth and hides other agencies' editorial data; the data modules narrow their lists to
 * this scope and answer "not found" for a record outside it, as the API does for what it hides.
 */
export type WorkScope = { kind: 'all' } | { kind: 'own'; agencyId: string };

/**
 * The agency id of an agency-bound account that has none (the API's rules never make one):
 * matches no record, so such an account sees nothing rather than everything.
 */
export const NO_AGENCY = '\u0000no-agency';

const AGENCY_BOUND_ROLES: readonly string[] = ['PARTNER', 'OFFICER'];

/** The scope of this identity; an unknown or missing identity fails closed (sees nothing). */
export function workScope(identity: Pick<CmsIdentity, 'role' | 'agencyId'> | null | undefined): WorkScope {
  if (identity && (identity.role === 'ADMIN' || identity.role === 'EDITOR')) return { kind: 'all' };
  if (identity && AGENCY_BOUND_ROLES.includes(identity.role)) return { kind: 'own', agencyId: identity.agencyId ?? NO_AGENCY };
  return { kind: 'own', agencyId: NO_AGENCY };
}

/** The signed-in user's scope, for data modules (outside React). */
export async function currentWorkScope(): Promise<WorkScope> {
  const identity = (await authProvider.getIdentity?.()) as CmsIdentity | undefined;
  return workScope(identity);
}

/** Is a record of this agency within the scope? (A record of no agency is DPMPTSP's own.) */
export function inWorkScope(scope: WorkScope, agencyId: string | null | undefined): boolean {
  return scope.kind === 'all' || agencyId === scope.agencyId;
}
