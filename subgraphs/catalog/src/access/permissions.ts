import { Permissions } from '@mpp/kit';

/**
 * Who may do what in the catalog subgraph — the one place its access rules are stated.
 * `own`: only services of the caller's own agency. Anything not listed is denied.
 *
 * | action                   | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |--------------------------|-----------|-------|--------|---------|---------|
 * | service.readPublished    | all       | all   | all    | all     | all     |
 * | service.readUnpublished  | –         | all   | all    | own     | –       |
 * | category.read            | all       | all   | all    | all     | all     |
 *
 * Unpublished: DRAFT, IN_REVIEW and ARCHIVED services.
 */
export type CatalogAction = 'service.readPublished' | 'service.readUnpublished' | 'category.read';

const PUBLIC_READS = { 'service.readPublished': 'all', 'category.read': 'all' } as const;

export const catalogPermissions = new Permissions<CatalogAction>({
  ANONYMOUS: { ...PUBLIC_READS },
  ADMIN: { ...PUBLIC_READS, 'service.readUnpublished': 'all' },
  EDITOR: { ...PUBLIC_READS, 'service.readUnpublished': 'all' },
  PARTNER: { ...PUBLIC_READS, 'service.readUnpublished': 'own' },
  OFFICER: { ...PUBLIC_READS },
});
