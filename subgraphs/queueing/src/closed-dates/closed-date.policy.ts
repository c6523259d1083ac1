import { Permissions } from '@mpp/kit';

/**
 * Who may do what with the mall's closed dates. Anything not listed is denied; a kiosk has
 * what the ANONYMOUS row gives.
 *
 * | action             | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |--------------------|-----------|-------|--------|---------|---------|
 * | closedDate.read    | all       | all   | all    | all     | all     |
 * | closedDate.manage  | –         | all   | all    | –       | –       |
 */
export type ClosedDateAction = 'closedDate.read' | 'closedDate.manage';

export const closedDatePolicy = new Permissions<ClosedDateAction>(
  {
    ANONYMOUS: { 'closedDate.read': 'all' },
    ADMIN: { 'closedDate.read': 'all', 'closedDate.manage': 'all' },
    EDITOR: { 'closedDate.read': 'all', 'closedDate.manage': 'all' },
    PARTNER: { 'closedDate.read': 'all' },
    OFFICER: { 'closedDate.read': 'all' },
  },
  { 'closedDate.read': 'read closed dates', 'closedDate.manage': "set the mall's closed dates" },
);
