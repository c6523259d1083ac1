import { bearer, type Session, type TestPlatformRun } from '../../support/platform';

/**
 * What the browser tests check behind the screens: the API's state, read over plain GraphQL
 * through the gateway (as the public site or another client would).
 */

export interface RequirementState {
  description: string;
  note: string | null;
}

export interface ServiceState {
  id: string;
  slug: string;
  name: string;
  version: number;
  status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
  requirements: RequirementState[];
  reviewComment: string | null;
  agency: { slug: string } | null;
  pendingEdit: { id: string; version: number; state: 'EDITING' | 'IN_REVIEW' | 'RETURNED'; reviewComment: string | null; requirements: RequirementState[] } | null;
}

const SERVICE_FIELDS = 'id slug name version status requirements { description note } agency { slug }';
const STAFF_SERVICE_FIELDS = `${SERVICE_FIELDS} reviewComment pendingEdit { id version state reviewComment requirements { description note } }`;

/** A service as the public sees it (no token): null unless published. */
export async function publicService(platform: TestPlatformRun, slug: string): Promise<Omit<ServiceState, 'reviewComment' | 'pendingEdit'> | null> {
  const result = await platform.post(`query($slug: String!) { service(slug: $slug) { ${SERVICE_FIELDS} } }`, { slug });
  if (result.errors) throw new Error(`service ${slug}: ${JSON.stringify(result.errors)}`);
  return result.data.service;
}

/** A service as a staff member sees it, with its pending edit and review comments. */
export async function staffService(platform: TestPlatformRun, session: Session, slug: string): Promise<ServiceState> {
  const result = await platform.post(`query($slug: String!) { service(slug: $slug) { ${STAFF_SERVICE_FIELDS} } }`, { slug }, bearer(session));
  if (result.errors || !result.data?.service) throw new Error(`service ${slug}: ${JSON.stringify(result.errors ?? 'not found')}`);
  return result.data.service;
}

/** One staff account by email (ADMIN's view). */
export async function staffUserByEmail(platform: TestPlatformRun, admin: Session, email: string): Promise<{ id: string; version: number; name: string; role: string; active: boolean; mustChangePassword: boolean } | null> {
  const result = await platform.post('query { staffUsers(limit: 100) { items { id version email name role active mustChangePassword } } }', {}, bearer(admin));
  if (result.errors) throw new Error(`staffUsers: ${JSON.stringify(result.errors)}`);
  return result.data.staffUsers.items.find((user: { email: string }) => user.email === email) ?? null;
}
