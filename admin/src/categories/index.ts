import CategoryIcon from '@mui/icons-material/Category';
import type { Feature } from '../feature';
import { categoriesData } from './categories.data';
import { messages } from './categories.messages';
import { CategoryCreate } from './CategoryCreate';
import { CategoryEdit } from './CategoryEdit';
import { CategoryList } from './CategoryList';
import { CategoryShow } from './CategoryShow';

/** Service categories: every role lists them; editors and administrators create, rename and delete. */
export const categoriesFeature: Feature = {
  name: 'serviceCategories',
  resource: { list: CategoryList, create: CategoryCreate, edit: CategoryEdit, show: CategoryShow, icon: CategoryIcon, recordRepresentation: 'name' },
  data: categoriesData,
  messages,
};
