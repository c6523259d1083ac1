import { pageRequest, type Page } from '@mpp/kit';
import { auditHistory, type AuditRecord, type RequestContext } from '@mpp/kit/subgraph';
import { SearchSynonymGroup } from './search-synonym-group.entity';
import { synonymPolicy } from './search-synonym.policy';

export const SYNONYM_GROUP_ENTITY = 'SearchSynonymGroup';

/** Synonym groups by key, paged (editors). */
export async function listSynonymGroups(context: RequestContext, limit?: number | null, offset?: number | null): Promise<Page<SearchSynonymGroup>> {
  synonymPolicy.require(context.viewer, 'synonym.read', null);
  const page = pageRequest(limit, offset);
  const [items, totalCount] = await context.em.findAndCount(SearchSynonymGroup, {}, { orderBy: { key: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
  return { items, totalCount };
}

/** One synonym group by ID, null when there is none (editors). */
export async function findSynonymGroup(context: RequestContext, id: string): Promise<SearchSynonymGroup | null> {
  synonymPolicy.require(context.viewer, 'synonym.read', null);
  return context.em.findOne(SearchSynonymGroup, { id });
}

/** Every change of a synonym group, newest first, for staff who may read synonyms. */
export async function synonymGroupHistory(
  context: RequestContext,
  group: SearchSynonymGroup,
  limit?: number | null,
  offset?: number | null,
): Promise<Page<AuditRecord> | null> {
  if (!synonymPolicy.allowsStaffField(context.viewer, 'synonym.read', null)) return null;
  return auditHistory(context, SYNONYM_GROUP_ENTITY, group.id, limit, offset);
}
