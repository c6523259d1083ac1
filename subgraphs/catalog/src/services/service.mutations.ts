import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badUserInput, clock, conflict, newId, notFound, requireText, slugFromName, type Viewer } from '@mpp/kit';
import {
  actorOf,
  fieldChanges,
  flushOrConflict,
  inUnitOfWork,
  recordChange,
  requireVersion,
  type AuditChange,
  type RequestContext,
} from '@mpp/kit/subgraph';
import { ServiceCategory } from '../categories/category.entity';
import { ServiceRevision } from '../revisions/service-revision.entity';
import { reindexServices } from '../search/search.indexer';
import { EDIT_VERSION_BASE, EditState, ServiceEdit, isPending, type PendingEdit } from '../service-edits/service-edit.entity';
import { CONTENT_FIELDS, PublishStatus, Service, contentOf, type ServiceContent } from './service.entity';
import type { ServiceInput } from './service.inputs';
import { canReadService, servicePolicy, type ServiceAction } from './service.policy';
import { patchContent, requirePublishable } from './service.rules';
import { freeSlug, requireFreeSlug, requirePublicSlugFree, requireSlugFreeInAgency } from './service.slugs';

/*
 * The editorial workflow. A service has a public side (its own row) and at most one pending
 * edit (its own row in service_edit, with its own version). Never-published services (DRAFT,
 * IN_REVIEW) are edited in place; a PUBLISHED one gets a pending edit that the public never
 * sees — not its text, not its version — until an editor publishes it.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──publish──▶ PUBLISHED ──archive──▶ ARCHIVED
 *     ▲                  │ return(comment)      │  ▲                   │ unarchive
 *     └──────────────────┘                      │  └───────────────────┘ (to PUBLISHED, or DRAFT if never published)
 *   (an editor may publish a DRAFT directly)    │
 *                                               ▼ update / restore revision
 *                         pending edit: EDITING ──submit──▶ IN_REVIEW ──publish──▶ (public side, revision n+1)
 *                                          ▲                   │ return(comment)
 *                                          └── update ── RETURNED ◀┘         discard: the edit is dropped
 *
 * Versions: a mutation takes the version of what it changes — the pending edit's when the
 * service has one and the step acts on it (update, submit, publish, return, discard, restore),
 * otherwise the service's. Archive and unarchive always take the service's.
 *
 * Every mutation is one unit of work (inUnitOfWork): the checks, the change, its audit record
 * and the search index commit together or not at all. Order of refusals: NOT_FOUND when the
 * caller may not see the service, FORBIDDEN when they may see it but not do this, CONFLICT for a
 * stale version or a step the state does not allow; field rules last.
 */

const SERVICE = 'This service';
const EDIT = 'The pending edit of this service';

/** A service and its pending edit, as one mutation finds them. */
interface Target {
  service: Service;
  /** The pending edit, if the service has one. */
  edit: PendingEdit | null;
  /** The service's edit row, pending edit or not (absent until its first edit). */
  row: ServiceEdit | null;
}

/** The service (NOT_FOUND if the caller may not see it) and its pending edit, after the permission check. */
async function targetFor(unit: RequestContext, id: string, action: ServiceAction): Promise<Target> {
  const service = await unit.em.findOne(Service, { id });
  if (!service || !canReadService(unit.viewer, service)) throw notFound('Service');
  servicePolicy.require(unit.viewer, action, service.agencyId);
  const row = await unit.em.findOne(ServiceEdit, { serviceId: service.id });
  return { service, edit: isPending(row) ? row : null, row };
}

/** The version check of a step that acts on the pending edit when there is one. */
function requireEditingVersion({ service, edit }: Target, version: number): void {
  if (edit) requireVersion(edit, version, EDIT);
  else requireVersion(service, version, SERVICE);
}

/** Records a change to the service or its pending edit, owned by the service's agency. */
function audit(unit: RequestContext, service: Service, action: string, changes: AuditChange[] = []): void {
  recordChange(unit, { entityType: 'Service', entityId: service.id, action, ownerAgencyId: service.agencyId, changes });
}

/** A new DRAFT of the caller's agency (partner) or any agency (editor). */
export function createService(context: RequestContext, input: ServiceInput): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    // A caller who may create no service at all hears so before anything about the input.
    if (servicePolicy.reach(unit.viewer, 'service.create') === 'none') servicePolicy.require(unit.viewer, 'service.create', null);
    // A partner creates for their own agency only: they need not name it.
    const agencyId = input.agencyId ?? ownAgencyOfPartner(unit.viewer);
    if (!agencyId) throw badUserInput('agencyId', 'agencyId is required.');
    servicePolicy.require(unit.viewer, 'service.create', agencyId);
    if (!input.name) throw badUserInput('name', 'name is required.');
    if (!input.categoryId) throw badUserInput('categoryId', 'categoryId is required.');
    const { slug: _slug, ...withoutSlug } = { ...input, agencyId };
    const content = patchContent(emptyContent(agencyId, input.categoryId), input.slug ? { ...input, agencyId } : withoutSlug);
    if (!input.slug) content.slug = await freeSlug(unit, slugFromName(content.name, 100, 'layanan'));
    await requireCategory(unit, content.categoryId);
    await requireFreeSlug(unit, content.slug, null);
    const service = unit.em.create(Service, {
      id: newId(),
      ...withoutIds(content),
      agencyId: content.agencyId,
      category: unit.em.getReference(ServiceCategory, content.categoryId, { wrapped: true }),
      status: PublishStatus.DRAFT,
    });
    audit(unit, service, 'CREATE', fieldChanges<ServiceContent>(null, content, CONTENT_FIELDS));
    // Two creations with one slug in one agency at once (a double click): the unique index on
    // (agency_id, slug) lets one in and names the slug to the other.
    await flushOrConflict(unit.em, SERVICE, 'slug');
    await reindexServices(unit.em, [service]);
    return service;
  });
}

/**
 * A patch: a never-published service is changed in place (and leaves review); a published
 * one gets (or changes) its pending edit, and the public keeps seeing what was published.
 */
export function updateService(context: RequestContext, id: string, version: number, input: ServiceInput): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const target = await targetFor(unit, id, 'service.edit');
    const { service } = target;
    const base = service.status === PublishStatus.PUBLISHED ? (target.edit?.content ?? contentOf(service)) : contentOf(service);
    // The agency the edit would stage content for — the one an editor may already have moved the
    // pending edit to, or the one the input names — needs the right too, before anything else.
    requireEditRightOn(unit, service, base.agencyId);
    if (typeof input.agencyId === 'string') requireEditRightOn(unit, service, input.agencyId);
    if (service.status === PublishStatus.ARCHIVED) throw conflict('An archived service is not edited; unarchive it first.');
    requireEditingVersion(target, version);
    const next = patchContent(base, input);

    if (service.status === PublishStatus.PUBLISHED) {
      await stageEdit(unit, target, base, next, 'EDIT', fieldChanges<ServiceContent>(base, next, CONTENT_FIELDS));
      return service;
    }

    const before = base;
    await requireEditableContent(unit, service, before, next);
    applyContent(unit, service, next);
    const changes = fieldChanges<ServiceContent>(before, next, CONTENT_FIELDS);
    if (service.status === PublishStatus.IN_REVIEW) {
      service.status = PublishStatus.DRAFT;
      changes.push(statusChange(PublishStatus.IN_REVIEW, PublishStatus.DRAFT));
    }
    audit(unit, service, 'UPDATE', changes);
    await flushOrConflict(unit.em, SERVICE, 'slug');
    await reindexServices(unit.em, [service]);
    return service;
  });
}

/** DRAFT → IN_REVIEW, or a pending edit → IN_REVIEW; only complete content goes to review. */
export function submitServiceForReview(context: RequestContext, id: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const target = await targetFor(unit, id, 'service.edit');
    const { service, edit } = target;
    requireEditingVersion(target, version);
    if (service.status === PublishStatus.DRAFT) {
      requirePublishable(contentOf(service));
      service.status = PublishStatus.IN_REVIEW;
      audit(unit, service, 'SUBMIT', [statusChange(PublishStatus.DRAFT, PublishStatus.IN_REVIEW)]);
    } else if (service.status === PublishStatus.PUBLISHED && edit && edit.state !== EditState.IN_REVIEW) {
      requirePublishable(edit.content);
      audit(unit, service, 'SUBMIT', [editStateChange(edit.state, EditState.IN_REVIEW)]);
      edit.state = EditState.IN_REVIEW;
    } else {
      throw conflict('There is nothing to submit: no draft and no pending edit being written.');
    }
    await flushOrConflict(unit.em, edit ? EDIT : SERVICE);
    return service;
  });
}

/**
 * Makes the draft or the pending edit public (editors only), keeps it as a revision, and
 * updates the search index in the same transaction.
 */
export function publishService(context: RequestContext, id: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const target = await targetFor(unit, id, 'service.review');
    const { service, edit } = target;
    requireEditingVersion(target, version);
    const before = contentOf(service);
    let changes: AuditChange[];
    if (service.status === PublishStatus.DRAFT || service.status === PublishStatus.IN_REVIEW) {
      requirePublishable(before);
      await requirePublicSlugFree(unit, before.slug, service.id);
      changes = [statusChange(service.status, PublishStatus.PUBLISHED)];
      service.status = PublishStatus.PUBLISHED;
      service.reviewComment = null;
    } else if (service.status === PublishStatus.PUBLISHED && edit) {
      requirePublishable(edit.content);
      await requireCategory(unit, edit.content.categoryId);
      await requirePublicSlugFree(unit, edit.content.slug, service.id);
      await requireSlugFreeInAgency(unit, edit.content, service.id);
      applyContent(unit, service, edit.content);
      changes = fieldChanges<ServiceContent>(before, edit.content, CONTENT_FIELDS);
      dropEdit(edit);
    } else {
      throw conflict(service.status === PublishStatus.ARCHIVED ? 'An archived service is not published; unarchive it first.' : 'There is nothing to publish.');
    }
    service.publicSlug = service.slug;
    audit(unit, service, 'PUBLISH', changes);
    // The service first: its version check locks the row, so of two editors publishing at once
    // the second waits here and gets CONFLICT, before either numbers a revision. The unique
    // index on public_slug settles two services published with one slug at the same moment.
    await flushOrConflict(unit.em, SERVICE, 'slug');
    const last = await unit.em.findOne(ServiceRevision, { serviceId: service.id }, { orderBy: { number: 'desc' }, fields: ['number'] });
    unit.em.create(ServiceRevision, {
      id: newId(),
      serviceId: service.id,
      number: (last?.number ?? 0) + 1,
      content: contentOf(service),
      publishedAt: clock.now(),
      publishedBy: actorOf(unit.viewer),
    });
    await flushOrConflict(unit.em, SERVICE);
    await reindexServices(unit.em, [service]);
    return service;
  });
}

/** Back to the author with a comment (editors only): a draft in review, or a pending edit in review. */
export function returnServiceToDraft(context: RequestContext, id: string, version: number, comment: string): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const target = await targetFor(unit, id, 'service.review');
    const { service, edit } = target;
    requireEditingVersion(target, version);
    const text = requireText(comment, 'comment', 1, 2000);
    if (service.status === PublishStatus.IN_REVIEW) {
      service.status = PublishStatus.DRAFT;
      service.reviewComment = text;
      audit(unit, service, 'RETURN', [statusChange(PublishStatus.IN_REVIEW, PublishStatus.DRAFT), { field: 'reviewComment', before: null, after: JSON.stringify(text) }]);
    } else if (service.status === PublishStatus.PUBLISHED && edit?.state === EditState.IN_REVIEW) {
      edit.state = EditState.RETURNED;
      edit.reviewComment = text;
      audit(unit, service, 'RETURN', [
        editStateChange(EditState.IN_REVIEW, EditState.RETURNED),
        { field: 'pendingEdit.reviewComment', before: null, after: JSON.stringify(text) },
      ]);
    } else {
      throw conflict('Only something in review can be returned.');
    }
    await flushOrConflict(unit.em, edit ? EDIT : SERVICE);
    return service;
  });
}

/** Drops the pending edit of a published service; the public side stays as it is. */
export function discardServiceEdit(context: RequestContext, id: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const { service, edit } = await targetFor(unit, id, 'service.edit');
    if (!edit) throw conflict('There is no pending edit to discard.');
    requireVersion(edit, version, EDIT);
    audit(unit, service, 'DISCARD', fieldChanges<ServiceContent>(edit.content, contentOf(service), CONTENT_FIELDS));
    dropEdit(edit);
    await flushOrConflict(unit.em, EDIT);
    return service;
  });
}

/** Takes a service out of public view (editors only); its content, revisions and pending edit stay. */
export function archiveService(context: RequestContext, id: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const { service } = await targetFor(unit, id, 'service.archive');
    requireVersion(service, version, SERVICE);
    if (service.status === PublishStatus.ARCHIVED) throw conflict('The service is already archived.');
    audit(unit, service, 'ARCHIVE', [statusChange(service.status, PublishStatus.ARCHIVED)]);
    service.status = PublishStatus.ARCHIVED;
    await flushOrConflict(unit.em, SERVICE);
    return service;
  });
}

/** Back to PUBLISHED when it had been published, otherwise to DRAFT (editors only). */
export function unarchiveService(context: RequestContext, id: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const { service } = await targetFor(unit, id, 'service.archive');
    requireVersion(service, version, SERVICE);
    if (service.status !== PublishStatus.ARCHIVED) throw conflict('Only an archived service can be unarchived.');
    // A service that was public kept its public slug while archived: nobody else took it.
    const status = service.publicSlug !== null ? PublishStatus.PUBLISHED : PublishStatus.DRAFT;
    audit(unit, service, 'UNARCHIVE', [statusChange(PublishStatus.ARCHIVED, status)]);
    service.status = status;
    await flushOrConflict(unit.em, SERVICE);
    return service;
  });
}

/** An old revision's content becomes the pending edit, to be reviewed and published again. */
export function restoreServiceRevision(context: RequestContext, serviceId: string, revisionId: string, version: number): Promise<Service> {
  return inUnitOfWork(context, async (unit) => {
    const target = await targetFor(unit, serviceId, 'service.edit');
    const revision = await unit.em.findOne(ServiceRevision, { id: revisionId, serviceId: target.service.id });
    if (!revision) throw notFound('Revision');
    // A restore is an edit of what the revision says: its agency needs the right too, before any CONFLICT.
    requireEditRightOn(unit, target.service, revision.content.agencyId);
    if (target.service.status !== PublishStatus.PUBLISHED) throw conflict("Revisions are restored into a published service's pending edit.");
    requireEditingVersion(target, version);
    const base = target.edit?.content ?? contentOf(target.service);
    await stageEdit(unit, target, base, { ...revision.content }, 'RESTORE', [
      { field: 'revision', before: null, after: JSON.stringify(revision.number) },
      ...fieldChanges<ServiceContent>(base, revision.content, CONTENT_FIELDS),
    ]);
    return target.service;
  });
}

/**
 * Writes the next content of a published service into its pending edit (made if absent): an
 * edit or a restore, so every rule of an edit applies to it, the right on the agency the
 * content names included. The service's own row is not touched.
 */
async function stageEdit(
  unit: RequestContext,
  { service, row }: Target,
  base: ServiceContent,
  next: ServiceContent,
  action: string,
  changes: AuditChange[],
): Promise<void> {
  await requireEditableContent(unit, service, base, next);
  if (row) {
    row.content = next;
    row.state = EditState.EDITING;
    row.reviewComment = null;
    row.editedBy = actorOf(unit.viewer);
  } else {
    // Inserted as it is rather than through the unit of work's flush, which would leave the
    // version to the column's default: the row starts at EDIT_VERSION_BASE.
    const now = clock.now();
    try {
      await unit.em.insert(ServiceEdit, {
        id: newId(),
        version: EDIT_VERSION_BASE + 1,
        createdAt: now,
        updatedAt: now,
        serviceId: service.id,
        content: next,
        state: EditState.EDITING,
        reviewComment: null,
        editedBy: actorOf(unit.viewer),
      });
    } catch (error) {
      // Two first edits of one service at once: the unique service_id lets one in.
      if (error instanceof UniqueConstraintViolationException) throw conflict(`${EDIT} was started by someone else at the same time. Reload and try again.`);
      throw error;
    }
  }
  audit(unit, service, action, changes);
  await flushOrConflict(unit.em, EDIT);
}

/**
 * Empties the edit row (published or discarded). The row stays, and emptying it raises its
 * version, so no later edit can repeat a version a caller once read; a concurrent change to the
 * edit (another author's save) makes the flush CONFLICT rather than losing their work.
 */
function dropEdit(edit: ServiceEdit): void {
  edit.content = null;
  edit.state = null;
  edit.reviewComment = null;
  edit.editedBy = null;
}

/** The agency a caller who may create services for their own agency only creates them for. */
function ownAgencyOfPartner(viewer: Viewer): string | null {
  return viewer.kind === 'staff' && servicePolicy.reach(viewer, 'service.create') === 'own' ? viewer.agencyId : null;
}

/** Content for another agency than the service's own needs the edit right on that agency too. */
function requireEditRightOn(unit: RequestContext, service: Service, agencyId: string): void {
  if (agencyId !== service.agencyId) servicePolicy.require(unit.viewer, 'service.edit', agencyId);
}

/**
 * What an edit may stage into a service, checked after the field rules: the agency it names
 * (the caller needs the edit right there too, not only on the service's current agency), an
 * existing category, and — when the edit changes it or the agency — a slug free among what the
 * caller can see.
 */
async function requireEditableContent(unit: RequestContext, service: Service, base: ServiceContent, next: ServiceContent): Promise<void> {
  requireEditRightOn(unit, service, next.agencyId);
  await requireCategory(unit, next.categoryId);
  // The slug is checked when it or the agency changes: an agency's services never share one.
  if (next.slug !== base.slug || next.agencyId !== base.agencyId) await requireFreeSlug(unit, next.slug, service.id);
}

function applyContent(unit: RequestContext, service: Service, content: ServiceContent): void {
  Object.assign(service, withoutIds(content));
  service.agencyId = content.agencyId;
  service.category = unit.em.getReference(ServiceCategory, content.categoryId, { wrapped: true });
}

function withoutIds(content: ServiceContent): Omit<ServiceContent, 'agencyId' | 'categoryId'> {
  const { agencyId: _agency, categoryId: _category, ...rest } = content;
  return rest;
}

function emptyContent(agencyId: string, categoryId: string): ServiceContent {
  return {
    name: '',
    slug: 'x',
    summary: null,
    agencyId,
    categoryId,
    keywords: [],
    requirements: [],
    procedure: [],
    processingTime: '',
    fee: { isFree: true, amount: 0, tiers: [], note: null },
    product: '',
    complaintChannels: [],
    legalBasis: [],
    onlineUrl: null,
  };
}

function statusChange(from: PublishStatus, to: PublishStatus): AuditChange {
  return { field: 'status', before: JSON.stringify(from), after: JSON.stringify(to) };
}

function editStateChange(from: EditState, to: EditState): AuditChange {
  return { field: 'pendingEdit.state', before: JSON.stringify(from), after: JSON.stringify(to) };
}

async function requireCategory(unit: RequestContext, categoryId: string): Promise<void> {
  if (!(await unit.em.findOne(ServiceCategory, { id: categoryId }, { fields: ['id'] }))) {
    throw badUserInput('categoryId', 'No category has this id.');
  }
}
