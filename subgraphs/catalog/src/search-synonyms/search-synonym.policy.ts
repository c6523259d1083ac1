import { Permissions } from '@mpp/kit';

/**
 * Who may do what with the synonyms of citizen search. Anything not listed is denied. Search
 * itself uses them for everyone; the list and its changes are DPMPTSP's.
 *
 * | action          | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |-----------------|-----------|-------|--------|---------|---------|
 * | synonym.read    | –         | all   | all    | –       | –       |
 * | synonym.manage  | –         | all   | all    | –       | –       |
 */
export type SynonymAction = 'synonym.read' | 'synonym.manage';

export const synonymPolicy = new Permissions<SynonymAction>(
  {
    ANONYMOUS: {},
    ADMIN: { 'synonym.read': 'all', 'synonym.manage': 'all' },
    EDITOR: { 'synonym.read': 'all', 'synonym.manage': 'all' },
    PARTNER: {},
    OFFICER: {},
  },
  { 'synonym.read': 'read the synonyms of search', 'synonym.manage': 'create, change or delete synonyms of search' },
);
