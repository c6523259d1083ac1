import { Permissions } from '@mpp/kit';

/**
 * Who may do what with booths (gerai) — the one place these rules are stated. `own`: only
 * booths of the caller's own agency. Anything not listed is denied.
 *
 * | action                 | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |------------------------|-----------|-------|--------|---------|---------|
 * | booth.read             | all       | all   | all    | all     | all     |
 * | booth.create           | –         | all   | all    | –       | –       |
 * | booth.updateDetails    | –         | all   | all    | own     | –       |
 * | booth.updatePlacement  | –         | all   | all    | –       | –       |
 * | booth.readHistory      | –         | all   | all    | own     | –       |
 *
 * A booth's details are its status and opening date; its placement is its code, floor and
 * agency. DPMPTSP decides where agencies sit; a partner may close its own booth for the day.
 */
export type BoothAction = 'booth.read' | 'booth.create' | 'booth.updateDetails' | 'booth.updatePlacement' | 'booth.readHistory';

/** DPMPTSP's editors keep every booth true. */
const DPMPTSP_EDITING = {
  'booth.read': 'all',
  'booth.create': 'all',
  'booth.updateDetails': 'all',
  'booth.updatePlacement': 'all',
  'booth.readHistory': 'all',
} as const;

export const boothPolicy = new Permissions<BoothAction>(
  {
    ANONYMOUS: { 'booth.read': 'all' },
    ADMIN: { ...DPMPTSP_EDITING },
    EDITOR: { ...DPMPTSP_EDITING },
    PARTNER: { 'booth.read': 'all', 'booth.updateDetails': 'own', 'booth.readHistory': 'own' },
    OFFICER: { 'booth.read': 'all' },
  },
  {
    'booth.read': 'read booths',
    'booth.create': 'add a booth',
    'booth.updateDetails': "change this booth's status or opening date",
    'booth.updatePlacement': "change this booth's code, floor or agency",
    'booth.readHistory': "read this booth's history",
  },
);
