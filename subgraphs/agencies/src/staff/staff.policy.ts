import { Permissions } from '@mpp/kit';

/**
 * Who may manage staff accounts — the one place this rule is stated. Anything not listed is
 * denied.
 *
 * | action        | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |---------------|-----------|-------|--------|---------|---------|
 * | staff.manage  | –         | all   | –      | –       | –       |
 * | staff.read    | –         | all   | all    | own     | own     |
 *
 * Managing is listing, creating, editing, deactivating accounts, resetting their passwords
 * and reading their history. Reading is seeing an account another subgraph names (the officer
 * signed in to a counter): its name, e-mail address, role and agency. No table is needed for the rest: every signed-in account reads
 * itself (`me`) and changes its own password (sessions/).
 */
export type StaffAction = 'staff.manage' | 'staff.read';

export const staffPolicy = new Permissions<StaffAction>(
  {
    ANONYMOUS: {},
    ADMIN: { 'staff.manage': 'all', 'staff.read': 'all' },
    EDITOR: { 'staff.read': 'all' },
    PARTNER: { 'staff.read': 'own' },
    OFFICER: { 'staff.read': 'own' },
  },
  { 'staff.manage': 'manage staff accounts', 'staff.read': 'see staff accounts' },
);
