import { authProvider, type CmsIdentity } from '../auth';

/**
 * The agency whose records the signed-in user works on, or null for DPMPTSP staff (every
 * agency). A partner keeps only its own agency and its booths: the API lets anyone read every
 * agency and booth, so the data modules narrow lists to this agency and answer "not found" for
 * another agency's record, as the API does for records it hides.
 */
export async function ownAgencyScope(): Promise<string | null> {
  const identity = (await authProvider.getIdentity?.()) as CmsIdentity | undefined;
  if (identity?.role !== 'PARTNER') return null;
  // A partner without an agency (not made by the API's rules) sees none rather than all.
  return identity.agencyId ?? '';
}

/** Is this agency's record within the scope (null: every agency)? */
export function inScope(scope: string | null, agencyId: string): boolean {
  return scope === null || scope === agencyId;
}
