import { Permissions } from '@mpp/kit';

/**
 * Who may do what in the catalog subgraph — the one place its access rules are stated.
 * `own`: only services of the caller's own agency. Anything not listed is denied.
 *
 * | action                   | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |--------------------------|-----------|-------|--------|---------|---------|
 * | service.readPublished    | all       | all   | all    | all     | all     |
 * | service.readUnpublished  | –         | all   | all    | own     | –       |
 * | service.readEditorial    | –         | all   | all    | own     | –       |
 * | service.create           | –         | all   | all    | own     | –       |
 * | service.edit             | –         | all   | all    | own     | –       |
 * | service.review           | –         | all   | all    | –       | –       |
 * | service.archive          | –         | all   | all    | –       | –       |
 * | category.read            | all       | all   | all    | all     | all     |
 * | category.manage          | –         | all   | all    | –       | –       |
 *
 * Unpublished: DRAFT, IN_REVIEW and ARCHIVED services. Editorial: pending edits, review
 * comments, revisions and history. Edit: change a draft or a pending edit, submit it for
 * review, discard it, restore an old revision into it. Review: publish, return with a
 * comment. Nothing a partner does reaches the public until an editor publishes it.
 */
export type CatalogAction =
  | 'service.readPublished'
  | 'service.readUnpublished'
  | 'service.readEditorial'
  | 'service.create'
  | 'service.edit'
  | 'service.review'
  | 'service.archive'
  | 'category.read'
  | 'category.manage';

const PUBLIC_READS = { 'service.readPublished': 'all', 'category.read': 'all' } as const;

/** DPMPTSP's editors keep the whole catalog. */
const DPMPTSP_EDITING = {
  ...PUBLIC_READS,
  'service.readUnpublished': 'all',
  'service.readEditorial': 'all',
  'service.create': 'all',
  'service.edit': 'all',
  'service.review': 'all',
  'service.archive': 'all',
  'category.manage': 'all',
} as const;

export const catalogPermissions = new Permissions<CatalogAction>({
  ANONYMOUS: { ...PUBLIC_READS },
  ADMIN: { ...DPMPTSP_EDITING },
  EDITOR: { ...DPMPTSP_EDITING },
  PARTNER: {
    ...PUBLIC_READS,
    'service.readUnpublished': 'own',
    'service.readEditorial': 'own',
    'service.create': 'own',
    'service.edit': 'own',
  },
  OFFICER: { ...PUBLIC_READS },
});
