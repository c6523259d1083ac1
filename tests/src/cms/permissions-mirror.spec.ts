import { ANONYMOUS, ROLES, type Role, type Viewer } from '@mpp/kit';
import type { Permissions } from '@mpp/kit';
import { agencyPolicy } from '../../../subgraphs/agencies/src/agencies/agency.policy';
import { boothPolicy } from '../../../subgraphs/agencies/src/booths/booth.policy';
import { kioskPolicy } from '../../../subgraphs/agencies/src/kiosks/kiosk.policy';
import { staffPolicy } from '../../../subgraphs/agencies/src/staff/staff.policy';
import { facilityPolicy } from '../../../subgraphs/facilities/src/facilities/facility.policy';
import { listingPolicy } from '../../../subgraphs/facilities/src/listings/listing.policy';
import { mallPolicy } from '../../../subgraphs/facilities/src/mall/mall.policy';
import { categoryPolicy } from '../../../subgraphs/catalog/src/categories/category.policy';
import { synonymPolicy } from '../../../subgraphs/catalog/src/search-synonyms/search-synonym.policy';
import { servicePolicy } from '../../../subgraphs/catalog/src/services/service.policy';
import { closedDatePolicy } from '../../../subgraphs/queueing/src/closed-dates/closed-date.policy';
import { counterPolicy } from '../../../subgraphs/queueing/src/counters/counter.policy';
import { queuePolicy } from '../../../subgraphs/queueing/src/queues/queue.policy';
import { ticketPolicy } from '../../../subgraphs/queueing/src/tickets/ticket.policy';
import { CMS_ACTIONS, SERVER_REACH, canAccessResource, serverReach, type PolicyName } from '../../../admin/src/auth/permissions';

/*
 * The CMS hides what a role may not do from a copy of the server's permission tables
 * (admin/src/auth/permissions.ts). This spec keeps the copy true: every role's reach of every
 * server action the CMS uses equals the server's, and the CMS's own decisions on records of
 * the caller's agency and of another agency match the server's `allows`.
 */

const SERVER_POLICIES: Record<PolicyName, Permissions<string>> = {
  service: servicePolicy,
  category: categoryPolicy,
  synonym: synonymPolicy,
  agency: agencyPolicy,
  booth: boothPolicy,
  staff: staffPolicy,
  kiosk: kioskPolicy,
  queue: queuePolicy,
  counter: counterPolicy,
  closedDate: closedDatePolicy,
  ticket: ticketPolicy,
  facility: facilityPolicy,
  listing: listingPolicy,
  mall: mallPolicy,
};

const OWN_AGENCY = 'agency-own';
const OTHER_AGENCY = 'agency-other';

/** A signed-in account as the gateway describes it to a subgraph (packages/kit/src/identity/viewer.ts). */
function viewerOf(role: Role, mustChangePassword = false): Viewer {
  const agencyId = role === 'PARTNER' || role === 'OFFICER' ? OWN_AGENCY : null;
  return { kind: 'staff', userId: `user-${role}`, role, agencyId, mustChangePassword };
}

function identityOf(role: Role, mustChangePassword = false) {
  const agencyId = role === 'PARTNER' || role === 'OFFICER' ? OWN_AGENCY : null;
  return { role, agencyId, mustChangePassword };
}

const mirroredActions = (Object.keys(SERVER_REACH) as PolicyName[]).flatMap((policy) =>
  Object.keys(SERVER_REACH[policy]).map((action) => ({ policy, action })),
);

const cmsActions = Object.entries(CMS_ACTIONS).flatMap(([resource, actions]) =>
  Object.entries(actions).map(([action, needed]) => ({ resource, action, needed })),
);

/** The record a CMS screen holds for `resource`, of the given agency (an agency is its own). */
function recordOf(resource: string, agencyId: string): Record<string, unknown> {
  return resource === 'agencies' ? { id: agencyId } : { id: 'record', agencyId };
}

describe('the CMS permission table mirrors the server tables', () => {
  it('knows every role of the server', () => {
    expect([...ROLES].sort()).toEqual([...(['ADMIN', 'EDITOR', 'PARTNER', 'OFFICER'] as const)].sort());
  });

  it('copies every action of every server table it uses, and only those', () => {
    for (const policy of Object.keys(SERVER_REACH) as PolicyName[]) {
      const server = SERVER_POLICIES[policy].table;
      const serverActions = new Set(Object.values(server).flatMap((row) => Object.keys(row)));
      expect({ policy, actions: Object.keys(SERVER_REACH[policy]).sort() }).toEqual({ policy, actions: [...serverActions].sort() });
    }
  });

  it.each(mirroredActions)('$policy $action: the same reach for every role', ({ policy, action }) => {
    for (const role of ROLES) {
      const expected = SERVER_POLICIES[policy].reach(viewerOf(role), action);
      expect({ role, reach: serverReach({ policy, action }, role) }).toEqual({ role, reach: expected });
    }
  });

  it.each(cmsActions)('$resource $action: allowed exactly where the server allows $needed.action', ({ resource, action, needed }) => {
    const server = SERVER_POLICIES[needed.policy];
    for (const role of ROLES) {
      for (const agencyId of [OWN_AGENCY, OTHER_AGENCY]) {
        const allowed = canAccessResource(identityOf(role), resource, action, recordOf(resource, agencyId));
        expect({ role, agencyId, allowed }).toEqual({ role, agencyId, allowed: server.allows(viewerOf(role), needed.action, agencyId) });
      }
      // Without a record (a list, a create form): allowed wherever the action reaches at all.
      const withoutRecord = canAccessResource(identityOf(role), resource, action);
      expect({ role, withoutRecord }).toEqual({ role, withoutRecord: server.reach(viewerOf(role), needed.action) !== 'none' });
    }
  });

  // The server gives such an account an anonymous caller's rights (public reading); the CMS,
  // which shows only staff work, shows it nothing but the password page.
  it('allows an account that must change its password nothing, where the server allows it no staff right', () => {
    for (const { resource, action, needed } of cmsActions) {
      for (const role of ROLES) {
        const server = SERVER_POLICIES[needed.policy];
        expect(server.reach(viewerOf(role, true), needed.action)).toBe(server.reach(ANONYMOUS, needed.action));
        expect({ resource, action, role, allowed: canAccessResource(identityOf(role, true), resource, action) }).toEqual({ resource, action, role, allowed: false });
      }
    }
  });

  it('denies what it does not list', () => {
    expect(canAccessResource(identityOf('ADMIN'), 'services', 'delete')).toBe(false);
    expect(canAccessResource(identityOf('ADMIN'), 'unknownResource', 'list')).toBe(false);
    expect(canAccessResource(null, 'services', 'list')).toBe(false);
  });
});
