/*
 * Who is asking. The gateway verifies access tokens and tells each subgraph the viewer inside
 * the internal token it signs for that subgraph (identity/internal-tokens.ts); a subgraph
 * believes nothing else, so nobody can speak for a viewer from outside.
 */
/** The staff roles: what an account can be given. A kiosk is not staff (KIOSK_ROLE). */
export const ROLES = ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const;
export type Role = (typeof ROLES)[number];
/** The roles as an enum-like object (`Role.ADMIN`), one list for every subgraph and the GraphQL enum. */
export const Role = Object.freeze(Object.fromEntries(ROLES.map((role) => [role, role]))) as { readonly [R in Role]: R };

/**
 * The role a kiosk's access token claims and an audit record names it by. Kept out of ROLES,
 * so no staff account (and no staff-role input) can ever be given it.
 */
export const KIOSK_ROLE = 'KIOSK';
export type KioskRole = typeof KIOSK_ROLE;

/** Whoever can act and be recorded as having acted: a staff role or a kiosk. */
export const ACTOR_ROLES = [...ROLES, KIOSK_ROLE] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
/** The actor roles as an enum-like object, for the GraphQL `ActorRole` enum. */
export const ActorRole = Object.freeze(Object.fromEntries(ACTOR_ROLES.map((role) => [role, role]))) as { readonly [R in ActorRole]: R };

/**
 * An anonymous caller; a staff account's session; or a kiosk's session (a ticket kiosk in the
 * mall hall, registered in the agencies subgraph, which has no agency and no staff rights: it
 * reaches what its KIOSK row in a permission table grants and what the public reads).
 */
export type Viewer = { kind: 'anonymous' } | ({ kind: 'staff' } & StaffIdentity) | { kind: 'kiosk'; kioskId: string; sessionId: string };

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

export function isKiosk(viewer: Viewer): viewer is Extract<Viewer, { kind: 'kiosk' }> {
  return viewer.kind === 'kiosk';
}
