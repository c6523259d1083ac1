/**
 * What each role may do in the CMS, so screens hide what would be refused. A mirror of the
 * server's permission tables (the server stays the authority): each CMS action on a resource
 * needs one server action, and the server's tables say how far that action reaches for each
 * role — every agency's records (`all`), the caller's own agency's (`own`) or none.
 * tests/src/cms/permissions-mirror.spec.ts compares every row with the server's tables.
 *
 * Plain data and functions, no React: the spec imports this file outside the browser.
 */

export const ROLES = ['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const;
export type Role = (typeof ROLES)[number];
export type Reach = 'all' | 'own' | 'none';

/** How far a server action reaches for each role. */
type ReachByRole = Record<Role, Reach>;

const DPMPTSP_ONLY: ReachByRole = { ADMIN: 'all', EDITOR: 'all', PARTNER: 'none', OFFICER: 'none' };
const DPMPTSP_AND_OWN_PARTNER: ReachByRole = { ADMIN: 'all', EDITOR: 'all', PARTNER: 'own', OFFICER: 'none' };
const EVERY_ROLE: ReachByRole = { ADMIN: 'all', EDITOR: 'all', PARTNER: 'all', OFFICER: 'all' };
const ADMIN_ONLY: ReachByRole = { ADMIN: 'all', EDITOR: 'none', PARTNER: 'none', OFFICER: 'none' };
/** DPMPTSP everywhere; partners and officers their own agency's. */
const DPMPTSP_AND_OWN_STAFF: ReachByRole = { ADMIN: 'all', EDITOR: 'all', PARTNER: 'own', OFFICER: 'own' };
const DPMPTSP_AND_OWN_OFFICER: ReachByRole = { ADMIN: 'all', EDITOR: 'all', PARTNER: 'none', OFFICER: 'own' };
const NO_ROLE: ReachByRole = { ADMIN: 'none', EDITOR: 'none', PARTNER: 'none', OFFICER: 'none' };

/**
 * The server's permission tables, by policy (the file each comes from) and action: each table
 * the CMS mirrors is copied whole (the mirror spec checks it), including actions no screen
 * needs yet, such as the tickets' and the public queue status.
 */
export const SERVER_REACH = {
  /** subgraphs/catalog/src/services/service.policy.ts */
  service: {
    'service.readPublished': EVERY_ROLE,
    'service.readUnpublished': DPMPTSP_AND_OWN_PARTNER,
    'service.readEditorial': DPMPTSP_AND_OWN_PARTNER,
    'service.create': DPMPTSP_AND_OWN_PARTNER,
    'service.edit': DPMPTSP_AND_OWN_PARTNER,
    'service.review': DPMPTSP_ONLY,
    'service.archive': DPMPTSP_ONLY,
  },
  /** subgraphs/catalog/src/categories/category.policy.ts */
  category: {
    'category.read': EVERY_ROLE,
    'category.manage': DPMPTSP_ONLY,
  },
  /** subgraphs/catalog/src/search-synonyms/search-synonym.policy.ts */
  synonym: {
    'synonym.read': DPMPTSP_ONLY,
    'synonym.manage': DPMPTSP_ONLY,
  },
  /** subgraphs/agencies/src/agencies/agency.policy.ts */
  agency: {
    'agency.read': EVERY_ROLE,
    'agency.updateContact': DPMPTSP_AND_OWN_PARTNER,
    'agency.updateIdentity': DPMPTSP_ONLY,
    'agency.readHistory': DPMPTSP_AND_OWN_PARTNER,
  },
  /** subgraphs/agencies/src/booths/booth.policy.ts */
  booth: {
    'booth.read': EVERY_ROLE,
    'booth.create': DPMPTSP_ONLY,
    'booth.updateDetails': DPMPTSP_AND_OWN_PARTNER,
    'booth.updatePlacement': DPMPTSP_ONLY,
    'booth.readHistory': DPMPTSP_AND_OWN_PARTNER,
  },
  /** subgraphs/agencies/src/staff/staff.policy.ts */
  staff: {
    'staff.manage': ADMIN_ONLY,
    // Seeing an account another subgraph names (the officer at a counter).
    'staff.read': DPMPTSP_AND_OWN_STAFF,
  },
  /** subgraphs/agencies/src/kiosks/kiosk.policy.ts */
  kiosk: {
    'kiosk.manage': DPMPTSP_ONLY,
  },
  /** subgraphs/queueing/src/queues/queue.policy.ts */
  queue: {
    'queue.readStatus': EVERY_ROLE,
    'queue.readSettings': DPMPTSP_AND_OWN_STAFF,
    'queue.manage': DPMPTSP_AND_OWN_PARTNER,
  },
  /** subgraphs/queueing/src/counters/counter.policy.ts */
  counter: {
    'counter.read': EVERY_ROLE,
    'counter.readOfficer': DPMPTSP_AND_OWN_STAFF,
    'counter.manage': DPMPTSP_AND_OWN_PARTNER,
    'counter.signIn': DPMPTSP_AND_OWN_OFFICER,
    'counter.operate': DPMPTSP_AND_OWN_OFFICER,
  },
  /** subgraphs/queueing/src/closed-dates/closed-date.policy.ts */
  closedDate: {
    'closedDate.read': EVERY_ROLE,
    'closedDate.manage': DPMPTSP_ONLY,
  },
  /** subgraphs/queueing/src/tickets/ticket.policy.ts (`issueAtKiosk` is the kiosks' alone) */
  ticket: {
    'ticket.read': EVERY_ROLE,
    'ticket.issueAtKiosk': NO_ROLE,
    'ticket.issueOnline': EVERY_ROLE,
    'ticket.issueAtCounter': DPMPTSP_AND_OWN_OFFICER,
    'ticket.issuePriority': DPMPTSP_AND_OWN_OFFICER,
    'ticket.cancel': DPMPTSP_AND_OWN_STAFF,
  },
  /** subgraphs/facilities/src/facilities/facility.policy.ts (`own`: the facilities the agency operates) */
  facility: {
    'facility.read': EVERY_ROLE,
    'facility.readEditorial': DPMPTSP_AND_OWN_PARTNER,
    'facility.manage': DPMPTSP_ONLY,
    'facility.setStatus': DPMPTSP_AND_OWN_PARTNER,
  },
  /** subgraphs/facilities/src/listings/listing.policy.ts (`own`: the listings of a shop the agency operates) */
  listing: {
    'listing.read': EVERY_ROLE,
    'listing.readEditorial': DPMPTSP_AND_OWN_PARTNER,
    'listing.manage': DPMPTSP_AND_OWN_PARTNER,
  },
  /** subgraphs/facilities/src/mall/mall.policy.ts */
  mall: {
    'mall.read': EVERY_ROLE,
    'mall.readEditorial': DPMPTSP_ONLY,
    'mall.manage': DPMPTSP_ONLY,
  },
} as const satisfies Record<string, Record<string, ReachByRole>>;

export type PolicyName = keyof typeof SERVER_REACH;

/** One server action: the policy it belongs to and its name there. */
export interface ServerAction {
  policy: PolicyName;
  action: string;
}

const need = <P extends PolicyName>(policy: P, action: keyof (typeof SERVER_REACH)[P] & string): ServerAction => ({ policy, action });

/**
 * Each CMS action on each resource and the server action it needs. Anything not listed is
 * denied (the API has no such mutation: services, agencies, booths and accounts are not
 * deleted). Beyond react-admin's five actions:
 * - services: `submit`, `discard`, `restore` (changing the draft or pending edit), `publish`,
 *   `return` (reviewing), `archive`, `unarchive`, `history` (edits, revisions, audit);
 * - agencies: `editIdentity` (name, short name, slug, kind; `edit` is the contact details),
 *   `history`;
 * - booths: `editPlacement` (code, floor, agency; `edit` is status and opening date), `history`;
 * - staffUsers: `deactivate`, `activate`, `resetPassword`;
 * - kiosks: `revoke`, `history`;
 * - facilities: `setStatus` (the status and its note, which a partner sets for the facilities
 *   its agency operates; `edit` is everything else), `history`;
 * - mall: `history`.
 */
export const CMS_ACTIONS: Record<string, Record<string, ServerAction>> = {
  services: {
    // The CMS list is editorial work (drafts, pending edits): not the public catalog.
    list: need('service', 'service.readEditorial'),
    show: need('service', 'service.readEditorial'),
    history: need('service', 'service.readEditorial'),
    create: need('service', 'service.create'),
    edit: need('service', 'service.edit'),
    submit: need('service', 'service.edit'),
    discard: need('service', 'service.edit'),
    restore: need('service', 'service.edit'),
    publish: need('service', 'service.review'),
    return: need('service', 'service.review'),
    archive: need('service', 'service.archive'),
    unarchive: need('service', 'service.archive'),
  },
  serviceCategories: {
    list: need('category', 'category.read'),
    show: need('category', 'category.read'),
    create: need('category', 'category.manage'),
    edit: need('category', 'category.manage'),
    delete: need('category', 'category.manage'),
  },
  searchSynonymGroups: {
    list: need('synonym', 'synonym.read'),
    show: need('synonym', 'synonym.read'),
    create: need('synonym', 'synonym.manage'),
    edit: need('synonym', 'synonym.manage'),
    delete: need('synonym', 'synonym.manage'),
  },
  agencies: {
    list: need('agency', 'agency.read'),
    show: need('agency', 'agency.read'),
    edit: need('agency', 'agency.updateContact'),
    editIdentity: need('agency', 'agency.updateIdentity'),
    history: need('agency', 'agency.readHistory'),
  },
  booths: {
    list: need('booth', 'booth.read'),
    show: need('booth', 'booth.read'),
    create: need('booth', 'booth.create'),
    edit: need('booth', 'booth.updateDetails'),
    editPlacement: need('booth', 'booth.updatePlacement'),
    history: need('booth', 'booth.readHistory'),
  },
  staffUsers: {
    list: need('staff', 'staff.manage'),
    show: need('staff', 'staff.manage'),
    create: need('staff', 'staff.manage'),
    edit: need('staff', 'staff.manage'),
    deactivate: need('staff', 'staff.manage'),
    activate: need('staff', 'staff.manage'),
    resetPassword: need('staff', 'staff.manage'),
  },
  // A queue's record is its service's (same id); listing shows the settings of every queue in reach.
  queues: {
    list: need('queue', 'queue.readSettings'),
    show: need('queue', 'queue.readSettings'),
    create: need('queue', 'queue.manage'),
    edit: need('queue', 'queue.manage'),
  },
  counters: {
    list: need('counter', 'counter.read'),
    show: need('counter', 'counter.read'),
    create: need('counter', 'counter.manage'),
    edit: need('counter', 'counter.manage'),
  },
  kiosks: {
    list: need('kiosk', 'kiosk.manage'),
    show: need('kiosk', 'kiosk.manage'),
    create: need('kiosk', 'kiosk.manage'),
    edit: need('kiosk', 'kiosk.manage'),
    revoke: need('kiosk', 'kiosk.manage'),
    history: need('kiosk', 'kiosk.manage'),
  },
  // Everyone may read the closed dates (the public too); the CMS's screen is for keeping them.
  closedDates: {
    list: need('closedDate', 'closedDate.manage'),
    show: need('closedDate', 'closedDate.manage'),
    edit: need('closedDate', 'closedDate.manage'),
  },
  // Everyone may read facilities (the public too); the CMS's list is the staff's view (whether a
  // status is stale, the history): DPMPTSP every facility, a partner those its agency operates.
  // A facility's record names its operator as `agencyId`.
  facilities: {
    list: need('facility', 'facility.readEditorial'),
    show: need('facility', 'facility.readEditorial'),
    history: need('facility', 'facility.readEditorial'),
    create: need('facility', 'facility.manage'),
    edit: need('facility', 'facility.manage'),
    setStatus: need('facility', 'facility.setStatus'),
  },
  // A shop's listings are kept on its facility's page; a listing's record names the shop's operator as `agencyId`.
  listings: {
    create: need('listing', 'listing.manage'),
    edit: need('listing', 'listing.manage'),
    delete: need('listing', 'listing.manage'),
  },
  // The mall's one profile: every role reads it, DPMPTSP changes it.
  mall: {
    list: need('mall', 'mall.read'),
    show: need('mall', 'mall.read'),
    edit: need('mall', 'mall.manage'),
    history: need('mall', 'mall.readEditorial'),
  },
};

/** What the decision needs to know of the signed-in account. */
export interface AccessIdentity {
  role: Role;
  /** The agency of a PARTNER or OFFICER; null for DPMPTSP staff. */
  agencyId: string | null;
  mustChangePassword: boolean;
}

/** The reach of a server action for a role, from the mirrored tables. */
export function serverReach({ policy, action }: ServerAction, role: Role): Reach {
  const actions: Record<string, ReachByRole> = SERVER_REACH[policy];
  return actions[action]?.[role] ?? 'none';
}

/**
 * The agency a record belongs to: `agencyId`, or the id of its `agency`; an agency belongs to
 * itself. Null when none is given.
 */
export function agencyOfRecord(resource: string, record: Record<string, unknown>): string | null {
  if (resource === 'agencies') return typeof record.id === 'string' ? record.id : null;
  if (typeof record.agencyId === 'string') return record.agencyId;
  const agency = record.agency;
  if (typeof agency === 'object' && agency !== null && typeof (agency as { id?: unknown }).id === 'string') return (agency as { id: string }).id;
  return null;
}

/**
 * May this account do `action` on `resource` (on `record`, when given)? `own` reach allows a
 * record of the account's own agency, and the action without a record (a partner may open
 * the list, which the API limits to their agency, or create for their own agency). An account
 * that must change its password may do nothing but that, as on the server.
 */
export function canAccessResource(identity: AccessIdentity | null, resource: string, action: string, record?: Record<string, unknown>): boolean {
  if (!identity || identity.mustChangePassword) return false;
  const needed = CMS_ACTIONS[resource]?.[action];
  if (!needed) return false;
  switch (serverReach(needed, identity.role)) {
    case 'all':
      return true;
    case 'own':
      if (!record) return true;
      return identity.agencyId !== null && agencyOfRecord(resource, record) === identity.agencyId;
    case 'none':
      return false;
  }
}
