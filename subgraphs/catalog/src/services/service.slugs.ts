import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '@mpp/kit';
import type { RequestContext } from '@mpp/kit/subgraph';
import { ServiceEdit } from '../service-edits/service-edit.entity';
import { PublishStatus, Service } from './service.entity';
import { readableServices, servicePolicy } from './service.policy';

/*
 * Slugs. A caller is told a slug is taken only by a service they can see — its public or draft
 * slug, or the slug of a pending edit whose editorial side they may read — so no answer reveals
 * another agency's draft, pending rename or archived service. Among services that have been
 * public (published, or archived after publication) a slug is unique: the `public_slug` column
 * with its unique index. Publishing checks it; editors, who see everything, settle a clash with
 * a draft of another agency there.
 */

/** Refuses a slug another service the caller can see already has (BAD_USER_INPUT on `slug`). */
export async function requireFreeSlug(context: RequestContext, slug: string, exceptId: string | null): Promise<void> {
  if (await slugTakenFor(context, slug, exceptId)) throw badUserInput('slug', 'Another service already has this slug.');
}

/** The name's slug, or the first of `-2`, `-3` … that no service the caller can see has. */
export async function freeSlug(context: RequestContext, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base.slice(0, 110)}-${suffix}`;
    if (!(await slugTakenFor(context, candidate, null))) return candidate;
  }
}

/**
 * Publishing an edit that moves a service: the new agency has no other service with its slug
 * (an editor, who sees every service, is the one publishing, so naming the clash reveals nothing).
 */
export async function requireSlugFreeInAgency(context: RequestContext, content: { slug: string; agencyId: string }, exceptId: string): Promise<void> {
  const holder = await context.em.findOne(Service, { agencyId: content.agencyId, slug: content.slug, id: { $ne: exceptId } }, { fields: ['id', 'name'] });
  if (holder) throw badUserInput('slug', `The agency already has a service with this slug, "${holder.name}"; give this service another slug before publishing.`);
}

/** Publishing: no other service that has been public holds this slug. */
export async function requirePublicSlugFree(context: RequestContext, slug: string, exceptId: string): Promise<void> {
  const holder = await context.em.findOne(Service, { publicSlug: slug, id: { $ne: exceptId } }, { fields: ['id', 'name', 'status'] });
  if (holder) {
    const which = holder.status === PublishStatus.ARCHIVED ? 'the archived service' : 'the published service';
    throw badUserInput('slug', `The slug is already used by ${which} "${holder.name}"; give this service another slug before publishing.`);
  }
}

async function slugTakenFor(context: RequestContext, slug: string, exceptId: string | null): Promise<boolean> {
  const others: FilterQuery<Service> = exceptId ? { id: { $ne: exceptId } } : {};
  const visible = readableServices(context.viewer);
  if (await context.em.findOne(Service, { $and: [{ slug }, visible, others] }, { fields: ['id'] })) return true;
  // Pending edits whose editorial side the caller may read: the edit rows, then their services.
  const edits = await context.em.find(ServiceEdit, exceptId ? { serviceId: { $ne: exceptId } } : {}, { fields: ['serviceId', 'content'] });
  const renamed = edits.filter((edit) => edit.content?.slug === slug).map((edit) => edit.serviceId);
  if (renamed.length === 0) return false;
  const services = await context.em.find(Service, { $and: [{ id: { $in: renamed } }, visible] }, { fields: ['id', 'agencyId'] });
  return services.some((service) => servicePolicy.allows(context.viewer, 'service.readEditorial', service.agencyId));
}
