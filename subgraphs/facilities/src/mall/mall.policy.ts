import { Permissions } from '@mpp/kit';

/**
 * Who may do what with the mall's profile and weekly hours — the one place these rules are
 * stated (its closed dates are the queueing subgraph's: `setClosedDates`). Anything not listed
 * is denied; a kiosk has what the ANONYMOUS row gives.
 *
 * | action            | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |-------------------|-----------|-------|--------|---------|---------|
 * | mall.read         | all       | all   | all    | all     | all     |
 * | mall.readEditorial| –         | all   | all    | –       | –       |
 * | mall.manage       | –         | all   | all    | –       | –       |
 */
export type MallAction = 'mall.read' | 'mall.readEditorial' | 'mall.manage';

export const mallPolicy = new Permissions<MallAction>(
  {
    ANONYMOUS: { 'mall.read': 'all' },
    ADMIN: { 'mall.read': 'all', 'mall.readEditorial': 'all', 'mall.manage': 'all' },
    EDITOR: { 'mall.read': 'all', 'mall.readEditorial': 'all', 'mall.manage': 'all' },
    PARTNER: { 'mall.read': 'all' },
    OFFICER: { 'mall.read': 'all' },
  },
  {
    'mall.read': "read the mall's profile and hours",
    'mall.readEditorial': "read the history of the mall's profile",
    'mall.manage': "change the mall's profile and hours",
  },
);
