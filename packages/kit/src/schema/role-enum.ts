import { registerEnumType } from 'type-graphql';
import { ActorRole, Role } from '../identity/viewer';

/** One GraphQL `Role` for every subgraph that names staff roles (accounts). */
registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMIN: DPMPTSP managers, everything and accounts. EDITOR: DPMPTSP editors, the catalog, agencies, facilities. ' +
    "PARTNER: one agency's own services, booths and facilities. OFFICER: queue work at one agency's counters.",
});

/**
 * Who can be recorded as having acted (audit actors): a staff role or KIOSK. Its own enum, so
 * that `Role` — what an account can be given — never offers KIOSK.
 */
registerEnumType(ActorRole, {
  name: 'ActorRole',
  description: 'A staff role (see Role), or KIOSK: a ticket kiosk in the mall hall, signed in with its device token.',
});
