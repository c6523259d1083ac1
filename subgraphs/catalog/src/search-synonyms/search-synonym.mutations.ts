import { badUserInput, newId, notFound } from '@mpp/kit';
import { fieldChanges, flushOrConflict, inUnitOfWork, recordChange, requireVersion, type RequestContext } from '@mpp/kit/subgraph';
import { SearchSynonym } from '../search/search-index.entity';
import { SearchSynonymGroup } from './search-synonym-group.entity';
import { bumpSynonymRevision } from './search-synonym-state';
import type { SearchSynonymGroupInput } from './search-synonym.inputs';
import { synonymPolicy } from './search-synonym.policy';
import { SYNONYM_GROUP_ENTITY } from './search-synonym.queries';
import { requireGroupKey, requireNotInOtherGroups, requirePhrases } from './search-synonym.rules';

/*
 * Search reads the `search_synonym` rows; a group's phrases are kept on the group too, so that
 * every change of them raises its version. Each mutation first takes the lock of the synonyms'
 * revision row and raises it (SearchSynonymState): two editors saving at once are taken one
 * after the other, so the second sees the first's phrases (a phrase spelled differently but
 * meaning the same to search is refused, which no unique index could do) and its version
 * (CONFLICT); and every replica's search sees the new revision at its next search.
 */

const GROUP = 'This synonym group';
const AUDITED = ['key', 'phrases'] as const;

/** A new synonym group (editors). */
export function createSynonymGroup(context: RequestContext, input: SearchSynonymGroupInput): Promise<SearchSynonymGroup> {
  return inUnitOfWork(context, async (unit) => {
    synonymPolicy.require(unit.viewer, 'synonym.manage', null);
    const phrases = requirePhrases(input.phrases);
    const key = requireGroupKey(input.key, phrases);
    const stored = await lockSynonyms(unit);
    if ((await unit.em.count(SearchSynonymGroup, { key })) > 0) throw badUserInput('key', `Another synonym group already has the key "${key}".`);
    requireNotInOtherGroups(phrases, stored, null);
    const group = unit.em.create(SearchSynonymGroup, { id: newId(), key, phrases });
    for (const phrase of phrases) unit.em.create(SearchSynonym, { id: newId(), groupKey: key, phrase });
    recordChange(unit, { entityType: SYNONYM_GROUP_ENTITY, entityId: group.id, action: 'CREATE', ownerAgencyId: null, changes: fieldChanges<SearchSynonymGroup>(null, group, AUDITED) });
    await flushOrConflict(unit.em, GROUP, 'key');
    return group;
  });
}

/** Replaces a group's phrases (editors); send the version you read. */
export function replaceSynonymPhrases(context: RequestContext, id: string, version: number, input: readonly string[]): Promise<SearchSynonymGroup> {
  return inUnitOfWork(context, async (unit) => {
    const { stored, group } = await lockedGroup(unit, id, version);
    const phrases = requirePhrases(input);
    requireNotInOtherGroups(phrases, stored, group.key);
    const before = { phrases: group.phrases };
    const own = stored.filter((synonym) => synonym.groupKey === group.key);
    const kept = new Set(phrases);
    for (const synonym of own) if (!kept.has(synonym.phrase)) unit.em.remove(synonym);
    const existing = new Set(own.map((synonym) => synonym.phrase));
    for (const phrase of phrases) if (!existing.has(phrase)) unit.em.create(SearchSynonym, { id: newId(), groupKey: group.key, phrase });
    group.phrases = phrases;
    const changes = fieldChanges<SearchSynonymGroup>(before, group, AUDITED);
    if (changes.length > 0) recordChange(unit, { entityType: SYNONYM_GROUP_ENTITY, entityId: group.id, action: 'UPDATE', ownerAgencyId: null, changes });
    await flushOrConflict(unit.em, GROUP, 'phrase', 'phrases');
    return group;
  });
}

/** Deletes a group and its phrases (editors); send the version you read. */
export function deleteSynonymGroup(context: RequestContext, id: string, version: number): Promise<boolean> {
  return inUnitOfWork(context, async (unit) => {
    const { stored, group } = await lockedGroup(unit, id, version);
    for (const synonym of stored) if (synonym.groupKey === group.key) unit.em.remove(synonym);
    recordChange(unit, { entityType: SYNONYM_GROUP_ENTITY, entityId: group.id, action: 'DELETE', ownerAgencyId: null, changes: fieldChanges<SearchSynonymGroup>(group, {}, AUDITED) });
    unit.em.remove(group);
    await flushOrConflict(unit.em, GROUP);
    return true;
  });
}

/** For a change of one group: the rights, the lock, the group as the caller read it (or NOT_FOUND, CONFLICT). */
async function lockedGroup(unit: RequestContext, id: string, version: number): Promise<{ stored: SearchSynonym[]; group: SearchSynonymGroup }> {
  synonymPolicy.require(unit.viewer, 'synonym.manage', null);
  const stored = await lockSynonyms(unit);
  const group = await unit.em.findOne(SearchSynonymGroup, { id });
  if (!group) throw notFound('Synonym group');
  requireVersion(group, version, GROUP);
  return { stored, group };
}

/**
 * Takes the synonyms' lock until the unit of work ends (MySQL/MariaDB: FOR UPDATE on the one
 * revision row, which exists whether or not any synonym does; SQLite's write lock, taken by the
 * same statement, holds every other writer) and raises the revision; then reads every synonym
 * row, as the previous writer committed them.
 */
async function lockSynonyms(unit: RequestContext): Promise<SearchSynonym[]> {
  await bumpSynonymRevision(unit.em);
  return unit.em.find(SearchSynonym, {}, { orderBy: { id: 'asc' } });
}
