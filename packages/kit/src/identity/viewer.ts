/**
 * Who is asking. The gateway verifies staff tokens and forwards the identity in a header
 * beside the gateway secret; a subgraph reads that header only on a request that carried
 * the secret (see server/subgraph-server.ts), so nobody can forge it from outside.
 */
export const ROLES = ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const;
export type Role = (typeof ROLES)[number];
/** The roles as an enum-like object (`Role.ADMIN`), one list for every subgraph and the GraphQL enum. */
export const Role = Object.freeze(Object.fromEntries(ROLES.map((role) => [role, role]))) as { readonly [R in Role]: R };

export type Viewer = { kind: 'anonymous' } | ({ kind: 'staff' } & StaffIdentity);

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/** Header the gateway forwards the verified identity in (JSON of StaffIdentity). */
export const VIEWER_HEADER = 'x-mpp-viewer';

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
   * while it is live). Optional, so the header stays as it was for subgraphs that need no session.
   */
  sessionId?: string;
}

export function encodeViewer(identity: StaffIdentity): string {
  return JSON.stringify(identity);
}

/** Reads the forwarded identity; a header that is present but malformed is refused. */
export function decodeViewer(header: string | undefined): Viewer {
  if (header === undefined || header === '') return ANONYMOUS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw new Error(`malformed ${VIEWER_HEADER} header`);
  }
  const { userId, role, agencyId, mustChangePassword, sessionId } = (parsed ?? {}) as Record<string, unknown>;
  if (
    typeof userId !== 'string' ||
    !ROLES.includes(role as Role) ||
    !(agencyId === null || typeof agencyId === 'string') ||
    !(mustChangePassword === undefined || typeof mustChangePassword === 'boolean') ||
    !(sessionId === undefined || typeof sessionId === 'string')
  ) {
    throw new Error(`malformed ${VIEWER_HEADER} header`);
  }
  return { kind: 'staff', userId, role: role as Role, agencyId, mustChangePassword: mustChangePassword === true, sessionId };
}

export function isStaff(viewer: Viewer): viewer is Extract<Viewer, { kind: 'staff' }> {
  return viewer.kind === 'staff';
}
