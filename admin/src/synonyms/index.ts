import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { Feature } from '../feature';
import { messages } from './synonyms.messages';
import { synonymsData } from './synonyms.data';
import { SynonymCreate } from './SynonymCreate';
import { SynonymEdit } from './SynonymEdit';
import { SynonymList } from './SynonymList';

/** Search synonyms ("Sinonim pencarian"): DPMPTSP's editors and administrators keep them; search uses each change at once. */
export const synonymsFeature: Feature = {
  name: 'searchSynonymGroups',
  resource: { list: SynonymList, create: SynonymCreate, edit: SynonymEdit, icon: ManageSearchIcon, recordRepresentation: 'key' },
  data: synonymsData,
  messages,
};
