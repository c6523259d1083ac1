import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, clock, conflict, newId, notFound, requireText } from '@mpp/kit';
import { actorOf, fieldChanges, flushOrConflict, recordChange, requireVersion, type AuditChange, type RequestContext } from '@mpp/kit/subgraph';
import { catalogPermissions, type CatalogAction } from '../access/permissions';
import { ServiceCategory } from '../categories/category.entity';
import { reindexServices } from '../search/search.indexer';
import { ServiceRevision } from './service-revision.entity';
import { CONTENT_FIELDS, EditState, PublishStatus, Service, contentOf, type ServiceContent } from './service.entity';
import type { ServiceInput } from './service.inputs';
import { canReadService, readableServices } from './service.policy';
import { patchContent, requirePublishable, slugFromName } from './service.rules';

/*
 * The editorial workflow. A service has a public side (its own columns) and at most one
 * pending edit. Never-published services (DRAFT, IN_REVIEW) are edited in place; a
 * PUBLISHED one gets a pending edit that the public never sees until an editor publishes
 * it. Every mutation takes the version the caller read; every change writes an audit record
 * in the same flush.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──publish──▶ PUBLISHED ──archive──▶ ARCHIVED
 *     ▲                  │ return(comment)      │  ▲                   │ unarchive
 *     └──────────────────┘                      │  └───────────────────┘ (to PUBLISHED, or DRAFT if never published)
 *   (an editor may publish a DRAFT directly)    │
 *                                               ▼ update / restore revision
 *                         pending edit: EDITING ──submit──▶ IN_REVIEW ──publish──▶ (public side, revision n+1)
 *                                          ▲                   │ return(comment)
 *                                          └── update ── RETURNED ◀┘         discard: the edit is dropped
 */

const SERVICE = 'This service';

/**
 * The service a mutation targets: NOT_FOUND when the caller may not see it (indistinguishable
 * from a missing one), FORBIDDEN when they may see it but not do this, CONFLICT on a stale
 * version — all before any field rule.
 */
async function serviceFor(context: RequestContext, id: string, version: number, action: CatalogAction): Promise<Service> {
  const service = await context.em.findOne(Service, { id });
  if (!service || !canReadService(context.viewer, service)) throw notFound('Service');
  catalogPermissions.require(context.viewer, action, service.agencyId);
  requireVersion(service, version, SERVICE);
  return service;
}

/**
 * Records a change. A change to the service itself (not to its pending edit) also moves the
 * public `updatedAt`.
 */
function audit(context: RequestContext, service: Service, action: string, changes: AuditChange[] = [], pendingEditOnly = false): void {
  if (!pendingEditOnly) service.publicUpdatedAt = clock.now();
  recordChange(context, { entityType: 'Service', entityId: service.id, action, ownerAgencyId: service.agencyId, changes });
}

/** A new DRAFT of the caller's agency (partner) or any agency (editor). */
export async function createService(context: RequestContext, input: ServiceInput): Promise<Service> {
  // A caller who may create no service at all hears so before anything about the input.
  if (catalogPermissions.reach(context.viewer, 'service.create') === 'none') {
    catalogPermissions.require(context.viewer, 'service.create', null);
  }
  if (!input.agencyId) throw badUserInput('agencyId', 'agencyId is required.');
  catalogPermissions.require(context.viewer, 'service.create', input.agencyId);
  if (!input.name) throw badUserInput('name', 'name is required.');
  if (!input.categoryId) throw badUserInput('categoryId', 'categoryId is required.');
  const empty: ServiceContent = {
    name: '',
    slug: 'x',
    summary: null,
    agencyId: input.agencyId,
    categoryId: input.categoryId,
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
  const { slug: _slug, ...withoutSlug } = input;
  const content = patchContent(empty, input.slug ? input : withoutSlug);
  if (!input.slug) content.slug = await freeSlug(context, slugFromName(content.name));
  await requireCategory(context, content.categoryId);
  await requireFreeSlug(context, content.slug, null);
  const service = context.em.create(Service, {
    id: newId(),
    ...withoutIds(content),
    agencyId: content.agencyId,
    category: context.em.getReference(ServiceCategory, content.categoryId, { wrapped: true }),
    status: PublishStatus.DRAFT,
  });
  audit(context, service, 'CREATE', fieldChanges<ServiceContent>(null, content, CONTENT_FIELDS));
  await saveAndReindex(context, service);
  return service;
}

/**
 * A patch: a never-published service is changed in place (and leaves review); a published
 * one gets (or changes) its pending edit, and the public keeps seeing what was published.
 */
export async function updateService(context: RequestContext, id: string, version: number, input: ServiceInput): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.edit');
  if (input.agencyId !== undefined && input.agencyId !== service.agencyId) {
    // Moving a service to another agency needs the right on that agency too.
    catalogPermissions.require(context.viewer, 'service.edit', input.agencyId);
  }
  if (service.status === PublishStatus.ARCHIVED) throw conflict('An archived service is not edited; unarchive it first.');

  if (service.status === PublishStatus.PUBLISHED) {
    const base = service.pendingContent ?? contentOf(service);
    const next = patchContent(base, input);
    await requireEditableContent(context, service, next);
    service.pendingContent = next;
    service.pendingState = EditState.EDITING;
    markEditedBy(context, service);
    audit(context, service, 'EDIT', fieldChanges<ServiceContent>(base, next, CONTENT_FIELDS), true);
    await flushOrConflict(context.em, SERVICE);
    return service;
  }

  const before = contentOf(service);
  const next = patchContent(before, input);
  await requireEditableContent(context, service, next);
  applyContent(context, service, next);
  const changes = fieldChanges<ServiceContent>(before, next, CONTENT_FIELDS);
  if (service.status === PublishStatus.IN_REVIEW) {
    service.status = PublishStatus.DRAFT;
    changes.push(statusChange(PublishStatus.IN_REVIEW, PublishStatus.DRAFT));
  }
  audit(context, service, 'UPDATE', changes);
  await saveAndReindex(context, service);
  return service;
}

/** DRAFT → IN_REVIEW, or a pending edit → IN_REVIEW; only complete content goes to review. */
export async function submitServiceForReview(context: RequestContext, id: string, version: number): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.edit');
  if (service.status === PublishStatus.DRAFT) {
    requirePublishable(contentOf(service));
    service.status = PublishStatus.IN_REVIEW;
    audit(context, service, 'SUBMIT', [statusChange(PublishStatus.DRAFT, PublishStatus.IN_REVIEW)]);
  } else if (service.status === PublishStatus.PUBLISHED && service.pendingContent && service.pendingState !== EditState.IN_REVIEW) {
    requirePublishable(service.pendingContent);
    const was = service.pendingState!;
    service.pendingState = EditState.IN_REVIEW;
    audit(context, service, 'SUBMIT', [{ field: 'pendingEdit.state', before: JSON.stringify(was), after: JSON.stringify(EditState.IN_REVIEW) }], true);
  } else {
    throw conflict('There is nothing to submit: no draft and no pending edit being written.');
  }
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/**
 * Makes the draft or the pending edit public (editors only), keeps it as a revision, and
 * updates the search index in the same transaction.
 */
export async function publishService(context: RequestContext, id: string, version: number): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.review');
  const before = contentOf(service);
  let changes: AuditChange[];
  if (service.status === PublishStatus.DRAFT || service.status === PublishStatus.IN_REVIEW) {
    requirePublishable(before);
    changes = [statusChange(service.status, PublishStatus.PUBLISHED)];
    service.status = PublishStatus.PUBLISHED;
    service.reviewComment = null;
  } else if (service.status === PublishStatus.PUBLISHED && service.pendingContent) {
    const next = service.pendingContent;
    requirePublishable(next);
    await requireCategory(context, next.categoryId);
    applyContent(context, service, next);
    clearPendingEdit(service);
    changes = fieldChanges<ServiceContent>(before, next, CONTENT_FIELDS);
  } else {
    throw conflict(service.status === PublishStatus.ARCHIVED ? 'An archived service is not published; unarchive it first.' : 'There is nothing to publish.');
  }
  await requirePublicSlugFree(context, service.slug, service.id);
  service.publicSlug = service.slug;
  await context.em.transactional(async (tx) => {
    const inTransaction = { ...context, em: tx };
    audit(inTransaction, service, 'PUBLISH', changes);
    // The service first: its version check locks the row, so of two editors publishing at once
    // the second waits here and gets CONFLICT, before either numbers a revision. The unique
    // index on public_slug settles two services published with one slug at the same moment.
    await flushOrConflict(tx, SERVICE, 'publicSlug', 'slug');
    const last = await tx.findOne(ServiceRevision, { serviceId: service.id }, { orderBy: { number: 'desc' }, fields: ['number'] });
    const viewer = actorOf(context.viewer);
    tx.create(ServiceRevision, {
      id: newId(),
      serviceId: service.id,
      number: (last?.number ?? 0) + 1,
      content: contentOf(service),
      publishedAt: clock.now(),
      publishedByUserId: viewer?.userId ?? null,
      publishedByRole: viewer?.role ?? null,
      publishedByAgencyId: viewer?.agencyId ?? null,
    });
    await flushOrConflict(tx, SERVICE);
    await reindexServices(tx, [service]);
  });
  return service;
}

/** Back to the author with a comment (editors only): a draft in review, or a pending edit in review. */
export async function returnServiceToDraft(context: RequestContext, id: string, version: number, comment: string): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.review');
  const text = requireText(comment, 'comment', 1, 2000);
  if (service.status === PublishStatus.IN_REVIEW) {
    service.status = PublishStatus.DRAFT;
    service.reviewComment = text;
    audit(context, service, 'RETURN', [statusChange(PublishStatus.IN_REVIEW, PublishStatus.DRAFT), { field: 'reviewComment', before: null, after: JSON.stringify(text) }]);
  } else if (service.status === PublishStatus.PUBLISHED && service.pendingState === EditState.IN_REVIEW) {
    service.pendingState = EditState.RETURNED;
    service.pendingComment = text;
    audit(
      context,
      service,
      'RETURN',
      [
        { field: 'pendingEdit.state', before: JSON.stringify(EditState.IN_REVIEW), after: JSON.stringify(EditState.RETURNED) },
        { field: 'pendingEdit.reviewComment', before: null, after: JSON.stringify(text) },
      ],
      true,
    );
  } else {
    throw conflict('Only something in review can be returned.');
  }
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/** Drops the pending edit of a published service; the public side stays as it is. */
export async function discardServiceEdit(context: RequestContext, id: string, version: number): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.edit');
  if (!service.pendingContent) throw conflict('There is no pending edit to discard.');
  const dropped = service.pendingContent;
  clearPendingEdit(service);
  audit(context, service, 'DISCARD', fieldChanges<ServiceContent>(dropped, contentOf(service), CONTENT_FIELDS), true);
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/** Takes a service out of public view (editors only); its content and revisions stay. */
export async function archiveService(context: RequestContext, id: string, version: number): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.archive');
  if (service.status === PublishStatus.ARCHIVED) throw conflict('The service is already archived.');
  audit(context, service, 'ARCHIVE', [statusChange(service.status, PublishStatus.ARCHIVED)]);
  service.status = PublishStatus.ARCHIVED;
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/** Back to PUBLISHED when it had been published, otherwise to DRAFT (editors only). */
export async function unarchiveService(context: RequestContext, id: string, version: number): Promise<Service> {
  const service = await serviceFor(context, id, version, 'service.archive');
  if (service.status !== PublishStatus.ARCHIVED) throw conflict('Only an archived service can be unarchived.');
  const published = (await context.em.count(ServiceRevision, { serviceId: service.id })) > 0;
  const status = published ? PublishStatus.PUBLISHED : PublishStatus.DRAFT;
  audit(context, service, 'UNARCHIVE', [statusChange(PublishStatus.ARCHIVED, status)]);
  service.status = status;
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/** An old revision's content becomes the pending edit, to be reviewed and published again. */
export async function restoreServiceRevision(context: RequestContext, serviceId: string, revisionId: string, version: number): Promise<Service> {
  const service = await serviceFor(context, serviceId, version, 'service.edit');
  const revision = await context.em.findOne(ServiceRevision, { id: revisionId, serviceId: service.id });
  if (!revision) throw notFound('Revision');
  if (service.status !== PublishStatus.PUBLISHED) throw conflict('Revisions are restored into a published service\'s pending edit.');
  const base = service.pendingContent ?? contentOf(service);
  // A restore is an edit: the revision's content meets every rule updateService applies, the
  // right on the agency it names included (the service may have moved since it was published).
  await requireEditableContent(context, service, revision.content);
  service.pendingContent = { ...revision.content };
  service.pendingState = EditState.EDITING;
  service.pendingComment = null;
  markEditedBy(context, service);
  audit(
    context,
    service,
    'RESTORE',
    [{ field: 'revision', before: null, after: JSON.stringify(revision.number) }, ...fieldChanges<ServiceContent>(base, revision.content, CONTENT_FIELDS)],
    true,
  );
  await flushOrConflict(context.em, SERVICE);
  return service;
}

/** The change, its audit record and the service's search terms: one transaction. */
async function saveAndReindex(context: RequestContext, service: Service): Promise<void> {
  await context.em.transactional(async (tx) => {
    await flushOrConflict(tx, SERVICE);
    await reindexServices(tx, [service]);
  });
}

function applyContent(context: RequestContext, service: Service, content: ServiceContent): void {
  Object.assign(service, withoutIds(content));
  service.agencyId = content.agencyId;
  service.category = context.em.getReference(ServiceCategory, content.categoryId, { wrapped: true });
}

function withoutIds(content: ServiceContent): Omit<ServiceContent, 'agencyId' | 'categoryId'> {
  const { agencyId: _agency, categoryId: _category, ...rest } = content;
  return rest;
}

function markEditedBy(context: RequestContext, service: Service): void {
  const actor = actorOf(context.viewer);
  service.pendingByUserId = actor?.userId ?? null;
  service.pendingByRole = actor?.role ?? null;
  service.pendingByAgencyId = actor?.agencyId ?? null;
  service.pendingAt = clock.now();
}

function clearPendingEdit(service: Service): void {
  service.pendingContent = null;
  service.pendingState = null;
  service.pendingComment = null;
  service.pendingByUserId = null;
  service.pendingByRole = null;
  service.pendingByAgencyId = null;
  service.pendingAt = null;
}

function statusChange(from: PublishStatus, to: PublishStatus): AuditChange {
  return { field: 'status', before: JSON.stringify(from), after: JSON.stringify(to) };
}

async function requireCategory(context: RequestContext, categoryId: string): Promise<void> {
  if (!(await context.em.findOne(ServiceCategory, { id: categoryId }, { fields: ['id'] }))) {
    throw badUserInput('categoryId', 'No category has this id.');
  }
}

/**
 * What an edit may stage into a service, checked after the field rules: the agency it names
 * (the caller needs the edit right there too, not only on the service's current agency), an
 * existing category, and a slug free among what the caller can see.
 */
async function requireEditableContent(context: RequestContext, service: Service, next: ServiceContent): Promise<void> {
  if (next.agencyId !== service.agencyId) catalogPermissions.require(context.viewer, 'service.edit', next.agencyId);
  await requireCategory(context, next.categoryId);
  await requireFreeSlug(context, next.slug, service.id);
}

/*
 * Slugs. A caller is told a slug is taken only by a service they can see — its public or draft
 * slug, or the slug of a pending edit whose editorial side they may read — so no answer reveals
 * another agency's draft, pending rename or archived service. Among services that have been
 * public (published, or archived after publication) a slug is unique: the `public_slug` column
 * with its unique index. Publishing checks it; editors, who see everything, settle a clash with
 * a draft of another agency there.
 */

/** Refuses a slug another service the caller can see already has (BAD_USER_INPUT on `slug`). */
async function requireFreeSlug(context: RequestContext, slug: string, exceptId: string | null): Promise<void> {
  if (await slugTakenFor(context, slug, exceptId)) throw badUserInput('slug', 'Another service already has this slug.');
}

async function slugTakenFor(context: RequestContext, slug: string, exceptId: string | null): Promise<boolean> {
  const others: FilterQuery<Service> = exceptId ? { id: { $ne: exceptId } } : {};
  const visible = readableServices(context.viewer);
  const taken = await context.em.findOne(Service, { $and: [{ slug }, visible, others] }, { fields: ['id'] });
  if (taken) return true;
  const pending = await context.em.find(Service, { $and: [{ pendingContent: { $ne: null } }, visible, others] }, { fields: ['id', 'agencyId', 'pendingContent'] });
  return pending.some(
    (service) => service.pendingContent?.slug === slug && catalogPermissions.allows(context.viewer, 'service.readEditorial', service.agencyId),
  );
}

/** Publishing: no other service that has been public holds this slug. */
async function requirePublicSlugFree(context: RequestContext, slug: string, exceptId: string): Promise<void> {
  const holder = await context.em.findOne(Service, { publicSlug: slug, id: { $ne: exceptId } }, { fields: ['id', 'name', 'status'] });
  if (holder) {
    const where = holder.status === PublishStatus.ARCHIVED ? 'the archived service' : 'the published service';
    throw badUserInput('slug', `The slug is already used by ${where} "${holder.name}"; give this service another slug before publishing.`);
  }
}

/** The name's slug, or the first of `-2`, `-3` … that no service the caller can see has. */
async function freeSlug(context: RequestContext, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base.slice(0, 110)}-${suffix}`;
    if (!(await slugTakenFor(context, candidate, null))) return candidate;
  }
}
