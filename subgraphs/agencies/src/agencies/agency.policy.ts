import { Permissions } from '@mpp/kit';

/**
 * Who may do what with agencies — the one place these rules are stated. `own`: only the
 * caller's own agency. Anything not listed is denied.
 *
 * | action                 | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |------------------------|-----------|-------|--------|---------|---------|
 * | agency.read            | all       | all   | all    | all     | all     |
 * | agency.updateContact   | –         | all   | all    | own     | –       |
 * | agency.updateIdentity  | –         | all   | all    | –       | –       |
 * | agency.readHistory     | –         | all   | all    | own     | –       |
 *
 * Contact details are description, website, phone and email; identity is name, short name,
 * slug and kind. A partner keeps its own agency's contact details true but does not rename it.
 */
export type AgencyAction = 'agency.read' | 'agency.updateContact' | 'agency.updateIdentity' | 'agency.readHistory';

/** DPMPTSP's editors keep every agency true. */
const DPMPTSP_EDITING = {
  'agency.read': 'all',
  'agency.updateContact': 'all',
  'agency.updateIdentity': 'all',
  'agency.readHistory': 'all',
} as const;

export const agencyPolicy = new Permissions<AgencyAction>(
  {
    ANONYMOUS: { 'agency.read': 'all' },
    ADMIN: { ...DPMPTSP_EDITING },
    EDITOR: { ...DPMPTSP_EDITING },
    PARTNER: { 'agency.read': 'all', 'agency.updateContact': 'own', 'agency.readHistory': 'own' },
    OFFICER: { 'agency.read': 'all' },
  },
  {
    'agency.read': 'read agencies',
    'agency.updateContact': "change this agency's contact details",
    'agency.updateIdentity': "change this agency's name, short name, slug or kind",
    'agency.readHistory': "read this agency's history",
  },
);
