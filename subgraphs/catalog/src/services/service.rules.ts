import { badUserInput, isUuid, optionalText, optionalUrl, requireSlug, requireText } from '@mpp/kit';
import type { Fee } from './service.content';
import type { ServiceContent } from './service.entity';
import type { FeeInput, ServiceInput } from './service.inputs';

/*
 * The field rules of a service's content, applied after authorization. Each error names the
 * input field at fault (`BAD_USER_INPUT` + `extensions.field`).
 */

const LIMITS = { name: 200, summary: 1000, item: 500, step: 1000, list: 40, keyword: 60, keywords: 30, text: 1000, time: 200 };

/** The content after a patch: fields left out keep their value, given ones are checked. */
export function patchContent(current: ServiceContent, input: ServiceInput): ServiceContent {
  const next: ServiceContent = { ...current };
  if (input.name !== undefined) next.name = requireText(input.name, 'name', 1, LIMITS.name);
  if (input.slug !== undefined) next.slug = requireSlug(input.slug, 'slug', 120);
  if (input.summary !== undefined) next.summary = optionalText(input.summary, 'summary', LIMITS.summary);
  if (input.agencyId !== undefined) next.agencyId = requireId(input.agencyId, 'agencyId');
  if (input.categoryId !== undefined) next.categoryId = requireId(input.categoryId, 'categoryId');
  if (input.keywords !== undefined) {
    const keywords = textList(input.keywords, 'keywords', LIMITS.keywords, LIMITS.keyword).map((keyword) => keyword.toLowerCase());
    next.keywords = [...new Set(keywords)];
  }
  if (input.requirements !== undefined) {
    next.requirements = list(input.requirements, 'requirements', LIMITS.list).map((requirement, index) => ({
      description: requireText(requirement.description, `requirements.${index}.description`, 1, LIMITS.item),
      note: optionalText(requirement.note, `requirements.${index}.note`, LIMITS.item),
    }));
  }
  if (input.procedure !== undefined) {
    next.procedure = list(input.procedure, 'procedure', LIMITS.list).map((step, index) => ({
      description: requireText(step.description, `procedure.${index}.description`, 1, LIMITS.step),
    }));
  }
  if (input.processingTime !== undefined) next.processingTime = optionalText(input.processingTime, 'processingTime', LIMITS.time) ?? '';
  if (input.fee !== undefined) next.fee = checkFee(input.fee);
  if (input.product !== undefined) next.product = optionalText(input.product, 'product', LIMITS.text) ?? '';
  if (input.complaintChannels !== undefined) {
    next.complaintChannels = textList(input.complaintChannels, 'complaintChannels', 20, 300);
  }
  if (input.legalBasis !== undefined) next.legalBasis = textList(input.legalBasis, 'legalBasis', 20, 300);
  if (input.onlineUrl !== undefined) next.onlineUrl = optionalUrl(input.onlineUrl, 'onlineUrl');
  return next;
}

/**
 * What the public sees must be complete: every public component of the Standar Pelayanan.
 * Names the first missing one.
 */
export function requirePublishable(content: ServiceContent): void {
  if (content.requirements.length === 0) throw badUserInput('requirements', 'Publishing needs at least one requirement.');
  if (content.procedure.length === 0) throw badUserInput('procedure', 'Publishing needs at least one procedure step.');
  if (content.processingTime.trim() === '') throw badUserInput('processingTime', 'Publishing needs the processing time.');
  if (content.product.trim() === '') throw badUserInput('product', 'Publishing needs the product citizens receive.');
  const { fee } = content;
  if (!fee.isFree && fee.amount === 0 && fee.tiers.length === 0 && !fee.note) {
    throw badUserInput('fee', 'Publishing needs the fee: free, an amount, tiers, or a note on how it is set.');
  }
  if (content.complaintChannels.length === 0) throw badUserInput('complaintChannels', 'Publishing needs a complaint channel.');
}

/** A fee that says one thing: free is 0 without tiers; tiers set the amount to their lowest. */
export function checkFee(input: FeeInput | null): Fee {
  if (input === null) throw badUserInput('fee', 'fee cannot be empty; use isFree: true for a free service.');
  const tiers = list(input.tiers ?? [], 'fee.tiers', 20).map((tier, index) => ({
    label: requireText(tier.label, `fee.tiers.${index}.label`, 1, 100),
    amount: rupiah(tier.amount, `fee.tiers.${index}.amount`),
  }));
  const note = optionalText(input.note, 'fee.note', LIMITS.text);
  const amount = input.amount === null || input.amount === undefined ? null : rupiah(input.amount, 'fee.amount');
  if (input.isFree) {
    if (tiers.length > 0) throw badUserInput('fee.tiers', 'A free service has no fee tiers.');
    if (amount !== null && amount !== 0) throw badUserInput('fee.amount', 'A free service costs 0.');
    return { isFree: true, amount: 0, tiers: [], note };
  }
  if (tiers.length > 0) {
    const lowest = Math.min(...tiers.map((tier) => tier.amount));
    if (amount !== null && amount !== lowest) throw badUserInput('fee.amount', `With tiers, amount is the lowest tier (${lowest}).`);
    return { isFree: false, amount: lowest, tiers, note };
  }
  return { isFree: false, amount: amount ?? 0, tiers: [], note };
}

function rupiah(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(field, `${field} must be a whole number of Rupiah, 0 or more.`);
  return value;
}

function requireId(value: string | null, field: string): string {
  if (!value || !isUuid(value)) throw badUserInput(field, `${field} must be an id.`);
  return value;
}

function list<T>(value: T[] | null, field: string, max: number): T[] {
  if (value === null) return [];
  if (value.length > max) throw badUserInput(field, `${field} can have at most ${max} entries.`);
  return value;
}

function textList(value: string[] | null, field: string, max: number, maxLength: number): string[] {
  return list(value, field, max).map((text, index) => requireText(text, `${field}.${index}`, 1, maxLength));
}
