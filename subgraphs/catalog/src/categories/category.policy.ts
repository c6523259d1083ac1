import { Permissions } from '@mpp/kit';

/**
 * Who may do what with service categories. Anything not listed is denied.
 *
 * | action           | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |------------------|-----------|-------|--------|---------|---------|
 * | category.read    | all       | all   | all    | all     | all     |
 * | category.manage  | –         | all   | all    | –       | –       |
 */
export type CategoryAction = 'category.read' | 'category.manage';

export const categoryPolicy = new Permissions<CategoryAction>(
  {
    ANONYMOUS: { 'category.read': 'all' },
    ADMIN: { 'category.read': 'all', 'category.manage': 'all' },
    EDITOR: { 'category.read': 'all', 'category.manage': 'all' },
    PARTNER: { 'category.read': 'all' },
    OFFICER: { 'category.read': 'all' },
  },
  { 'category.read': 'read categories', 'category.manage': 'create, rename or delete categories' },
);
