import { Permissions } from '@mpp/kit';

/**
 * Who may manage staff accounts — the one place this rule is stated. Anything not listed is
 * denied.
 *
 * | action        | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |---------------|-----------|-------|--------|---------|---------|
 * | staff.manage  | –         | all   | –      | –       | –       |
 *
 * Managing is listing, creating, editing, deactivating accounts, resetting their passwords
 * and reading their history. No table is needed for the rest: every signed-in account reads
 * itself (`me`) and changes its own password (sessions/).
 */
export type StaffAction = 'staff.manage';

export const staffPolicy = new Permissions<StaffAction>(
  {
    ANONYMOUS: {},
    ADMIN: { 'staff.manage': 'all' },
    EDITOR: {},
    PARTNER: {},
    OFFICER: {},
  },
  { 'staff.manage': 'manage staff accounts' },
);
