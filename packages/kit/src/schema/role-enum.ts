import { registerEnumType } from 'type-graphql';
import { Role } from '../identity/viewer';

/** One GraphQL `Role` for every subgraph that names roles (accounts, audit actors). */
registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMIN: DPMPTSP managers, everything and accounts. EDITOR: DPMPTSP editors, the catalog, agencies, facilities. ' +
    "PARTNER: one agency's own services, booths and facilities. OFFICER: queue work at one agency's counters.",
});
