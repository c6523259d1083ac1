import { Permissions } from '@mpp/kit';

/**
 * Who may do what in the agencies subgraph — the one place its access rules are stated.
 * `own`: only records of the caller's own agency. Anything not listed is denied.
 *
 * | action                  | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |-------------------------|-----------|-------|--------|---------|---------|
 * | agency.read             | all       | all   | all    | all     | all     |
 * | agency.updateContact    | –         | all   | all    | own     | –       |
 * | agency.updateIdentity   | –         | all   | all    | –       | –       |
 * | booth.read              | all       | all   | all    | all     | all     |
 * | booth.create            | –         | all   | all    | –       | –       |
 * | booth.updateDetails     | –         | all   | all    | own     | –       |
 * | booth.updatePlacement   | –         | all   | all    | –       | –       |
 * | history.read            | –         | all   | all    | own     | –       |
 * | staff.manage            | –         | all   | –      | –       | –       |
 *
 * Contact details are description, website, phone, email; identity is name, short name, slug,
 * kind. A booth's details are its status and opening date; its placement is code, floor and
 * agency. History is the audit trail of agencies and booths; accounts' history is
 * staff.manage. Every signed-in account reads itself (`me`) and changes its own password.
 */
export type AgenciesAction =
  | 'agency.read'
  | 'agency.updateContact'
  | 'agency.updateIdentity'
  | 'booth.read'
  | 'booth.create'
  | 'booth.updateDetails'
  | 'booth.updatePlacement'
  | 'history.read'
  | 'staff.manage';

/** DPMPTSP's editors keep every agency and booth true. */
const DPMPTSP_EDITING = {
  'agency.read': 'all',
  'agency.updateContact': 'all',
  'agency.updateIdentity': 'all',
  'booth.read': 'all',
  'booth.create': 'all',
  'booth.updateDetails': 'all',
  'booth.updatePlacement': 'all',
  'history.read': 'all',
} as const;

export const agenciesPermissions = new Permissions<AgenciesAction>({
  ANONYMOUS: { 'agency.read': 'all', 'booth.read': 'all' },
  ADMIN: { ...DPMPTSP_EDITING, 'staff.manage': 'all' },
  EDITOR: { ...DPMPTSP_EDITING },
  PARTNER: {
    'agency.read': 'all',
    'agency.updateContact': 'own',
    'booth.read': 'all',
    'booth.updateDetails': 'own',
    'history.read': 'own',
  },
  OFFICER: { 'agency.read': 'all', 'booth.read': 'all' },
});
