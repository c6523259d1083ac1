/**
 * Who is asking. The gateway verifies staff tokens and tells each subgraph the viewer inside
 * the internal token it signs for that subgraph (identity/internal-tokens.ts); a subgraph
 * believes nothing else, so nobody can speak for a viewer from outside.
 */
export const ROLES = ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const;
export type Role = (typeof ROLES)[number];
/** The roles as an enum-like object (`Role.ADMIN`), one list for every subgraph and the GraphQL enum. */
export const Role = Object.freeze(Object.fromEntries(ROLES.map((role) => [role, role]))) as { readonly [R in Role]: R };

export type Viewer = { kind: 'anonymous' } | ({ kind: 'staff' } & StaffIdentity);

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

export interface StaffIdentity {
  userId: string;
  role: Role;
  /** The agency a PARTNER or OFFICER belongs to; null for DPMPTSP staff. */
  agencyId: string | null;
  /**
   * After an administrator's reset, until the password is changed: the account has no rights
   * beyond an anonymous caller's (it may still read itself and change its password).
   */
  mustChangePassword?: boolean;
  /**
   * The sign-in session the access token belongs to (the agencies subgraph answers `me` only
   * while it is live). Optional: only sessions' own checks need it.
   */
  sessionId?: string;
}

export function isStaff(viewer: Viewer): viewer is Extract<Viewer, { kind: 'staff' }> {
  return viewer.kind === 'staff';
}
