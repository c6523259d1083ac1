import type { AuthProvider, UserIdentity } from 'react-admin';
import { MeDocument } from '../generated/graphql';
import { ApiError, apiErrorCode, request } from '../graphql/client';
import { canAccessResource } from './permissions';
import { hasSession, signIn, signOut, signedInUser, updateSignedInUser, type SignedInUser } from './session';

/** The routes of the auth screens (App.tsx registers them). */
export const LOGIN_PATH = '/login';
export const PASSWORD_PATH = '/password';
/**
 * Where everyone starts: react-admin's home opens the first screen of the menu the role may
 * list — the services for editors and partners, the categories for counter officers.
 */
export const HOME_PATH = '/';

/** What screens know of the signed-in account (react-admin's `useGetIdentity()`). */
export interface CmsIdentity extends UserIdentity {
  id: string;
  fullName: string;
  email: string;
  role: SignedInUser['role'];
  /** The agency of a PARTNER or OFFICER; null for DPMPTSP staff. */
  agencyId: string | null;
  agencyName: string | null;
  mustChangePassword: boolean;
}

export function identityOf(user: SignedInUser): CmsIdentity {
  return {
    id: user.id,
    fullName: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agency?.id ?? null,
    agencyName: user.agency ? (user.agency.shortName ?? user.agency.name) : null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** A refusal react-admin acts on: where to go, and whether to sign out; the message is a translation key. */
class AuthRefusal extends Error {
  constructor(
    messageKey: string,
    readonly redirectTo: string,
    readonly logoutUser: boolean,
  ) {
    super(messageKey);
  }
}

interface LoginParams {
  email: string;
  password: string;
}

/** The account was read from the API once since this page loaded (role or agency may have changed meanwhile). */
let confirmedThisPageLoad = false;
/** The `me` request under way: screens asking for the identity at once on first load share it. */
let confirming: Promise<void> | null = null;

/** Reads the account from the API once per page load; callers meanwhile share the one request. */
function confirmSignedInUser(): Promise<void> {
  confirming ??= (async () => {
    const { me } = await request(MeDocument);
    if (!me) throw new ApiError('signed out', 'UNAUTHENTICATED');
    updateSignedInUser(me);
    confirmedThisPageLoad = true;
  })().finally(() => {
    confirming = null;
  });
  return confirming;
}

/**
 * react-admin's authProvider over the API's sign-in mutations (auth/session.ts keeps the
 * tokens) and the mirror of the server's permission tables (auth/permissions.ts).
 */
export const authProvider: AuthProvider = {
  async login({ email, password }: LoginParams) {
    const user = await signIn(email.trim(), password);
    confirmedThisPageLoad = true;
    return { redirectTo: user.mustChangePassword ? PASSWORD_PATH : HOME_PATH };
  },

  async logout() {
    confirmedThisPageLoad = false;
    await signOut();
  },

  async checkAuth() {
    if (!hasSession()) throw new AuthRefusal('ra.auth.auth_check_error', LOGIN_PATH, true);
  },

  /**
   * Called with every failed request. The client has already tried to recover an expired
   * sign-in (refresh, or the sign-in-again dialog); a 401 that still comes through with a
   * session left is one the user just recovered from, or a refusal they can read. Only when
   * they gave up (no session) does react-admin sign out. An account that must change its
   * password is refused everything else (FORBIDDEN) until it has: send it to that screen.
   */
  async checkError(error: unknown) {
    const code = apiErrorCode(error);
    if (code === 'UNAUTHENTICATED' && !hasSession()) throw new AuthRefusal('ra.notification.logged_out', LOGIN_PATH, true);
    if (code === 'FORBIDDEN' && signedInUser()?.mustChangePassword) throw new AuthRefusal('mpp.auth.password.required', PASSWORD_PATH, false);
  },

  async getIdentity() {
    if (!confirmedThisPageLoad && hasSession()) await confirmSignedInUser();
    const user = signedInUser();
    if (!user) throw new ApiError('signed out', 'UNAUTHENTICATED');
    return identityOf(user);
  },

  async getPermissions() {
    return signedInUser()?.role ?? null;
  },

  async canAccess({ resource, action, record }) {
    const user = signedInUser();
    if (!user) return false;
    const identity = identityOf(user);
    return canAccessResource(identity, resource, action, record);
  },
};
