import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  ServicesCreateDocument,
  ServicesListDocument,
  ServicesOneDocument,
  ServicesUpdateDocument,
  type FeeInput,
  type PublishStatus,
  type ServiceFilter,
  type ServiceInput,
  type ServicesDetailFragment,
} from '../generated/graphql';
import type { ResourceData } from '../data/resource';
import { ApiError, request } from '../graphql/client';
import { CONTENT_FIELDS, toServiceRecord, type ContentField, type ServiceContent, type ServiceRecord } from './service.record';

/** How many audit entries one page of the history panel shows (the first page comes with the service). */
export const HISTORY_PAGE_SIZE = 10;

/** The list's filters as the screen keeps them (react-admin's filter values). */
export interface ServiceListFilter {
  q?: string;
  agencyId?: string;
  categoryId?: string;
  status?: PublishStatus;
  waitingForReview?: boolean;
}

/** The API's list holds at most this many a page. */
const MAX_PAGE = 100;

export const servicesData: ResourceData = {
  /** A page of services: by name, or best first while searching (the API orders them either way). */
  async getList(_resource: string, params: GetListParams) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const limit = Math.min(perPage, MAX_PAGE);
    const result = await request(ServicesListDocument, { limit, offset: (page - 1) * limit, filter: toApiFilter(params.filter as ServiceListFilter) });
    return { data: result.services.items, total: result.services.totalCount } as never;
  },

  async getOne(_resource: string, params: GetOneParams) {
    return { data: await loadService(String(params.id)) } as never;
  },

  async getMany(_resource: string, params: GetManyParams) {
    const found = await Promise.all(params.ids.map((id) => loadService(String(id)).catch(() => null)));
    return { data: found.filter((record) => record !== null) } as never;
  },

  /** A new draft: a name, a category and (for editors) an agency; a partner's agency is their own. */
  async create(_resource: string, params: CreateParams) {
    const data = params.data as Partial<ServiceContent>;
    const input: ServiceInput = { name: data.name ?? '', categoryId: data.categoryId ?? '' };
    if (data.agencyId) input.agencyId = data.agencyId;
    const result = await withFieldErrors(() => request(ServicesCreateDocument, { input, historyLimit: HISTORY_PAGE_SIZE }));
    return { data: recordOrNotFound(result.createService) } as never;
  },

  /**
   * Saves the working copy: only the fields the form changed, with the version it read (the
   * pending edit's when there is one). A published service's first save starts its pending edit.
   */
  async update(_resource: string, params: UpdateParams) {
    const previous = params.previousData as ServiceRecord;
    const input = servicePatch(previous, params.data as Partial<ServiceContent>);
    if (Object.keys(input).length === 0) return { data: previous } as never;
    const result = await withFieldErrors(() =>
      request(ServicesUpdateDocument, { id: String(params.id), version: previous.version, input, historyLimit: HISTORY_PAGE_SIZE }),
    );
    return { data: recordOrNotFound(result.updateService) } as never;
  },
};

/** One service as the edit screen shows it; NOT_FOUND when missing or not the caller's to work on. */
export async function loadService(id: string): Promise<ServiceRecord> {
  const result = await request(ServicesOneDocument, { id, historyLimit: HISTORY_PAGE_SIZE });
  if (!result.service) throw new ApiError('not found', 'NOT_FOUND');
  return recordOrNotFound(result.service);
}

export function recordOrNotFound(service: ServicesDetailFragment): ServiceRecord {
  const record = toServiceRecord(service);
  if (!record) throw new ApiError('not found', 'NOT_FOUND');
  return record;
}

function toApiFilter(filter: ServiceListFilter | undefined): ServiceFilter {
  const apiFilter: ServiceFilter = {};
  const search = filter?.q?.trim();
  if (search) apiFilter.search = search;
  if (filter?.agencyId) apiFilter.agencyId = filter.agencyId;
  if (filter?.categoryId) apiFilter.categoryId = filter.categoryId;
  if (filter?.status) apiFilter.status = filter.status;
  if (typeof filter?.waitingForReview === 'boolean') apiFilter.waitingForReview = filter.waitingForReview;
  return apiFilter;
}

/**
 * The fields of `data` that differ from `previous`, as the API's patch. Lists (requirements,
 * procedure, legal basis, complaint channels, keywords, fee tiers) go whole when changed.
 */
export function servicePatch(previous: ServiceContent, data: Partial<ServiceContent>): ServiceInput {
  const patch: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    if (!(field in data)) continue;
    const next = normalise(field, data[field]);
    if (JSON.stringify(next) !== JSON.stringify(normalise(field, previous[field]))) patch[field] = next;
  }
  return patch;
}

/** A form value as the API takes it: empty optional texts are null, lists hold no holes. */
function normalise(field: ContentField, value: unknown): unknown {
  switch (field) {
    case 'summary':
    case 'onlineUrl':
      return optionalText(value);
    case 'processingTime':
    case 'product':
    case 'name':
    case 'slug':
    case 'agencyId':
    case 'categoryId':
      return text(value);
    case 'keywords':
    case 'complaintChannels':
    case 'legalBasis':
      return listOf(value).map(text);
    case 'requirements':
      return listOf(value).map((item) => {
        const requirement = (item ?? {}) as { description?: unknown; note?: unknown };
        return { description: text(requirement.description), note: optionalText(requirement.note) };
      });
    case 'procedure':
      return listOf(value).map((item) => ({ description: text((item as { description?: unknown } | null)?.description) }));
    case 'fee':
      return feeInput(value);
  }
}

/**
 * The fee as it says one thing: free is free (no amount, no tiers); with tiers the API works
 * out the amount (their lowest); otherwise the amount, 0 when the note explains the cost.
 */
function feeInput(value: unknown): FeeInput {
  const fee = (value ?? {}) as { isFree?: unknown; amount?: unknown; tiers?: unknown; note?: unknown };
  const note = optionalText(fee.note);
  if (fee.isFree === true) return { isFree: true, amount: 0, tiers: [], note };
  const tiers = listOf(fee.tiers).map((item) => {
    const tier = (item ?? {}) as { label?: unknown; amount?: unknown };
    return { label: text(tier.label), amount: wholeRupiah(tier.amount) };
  });
  if (tiers.length > 0) return { isFree: false, tiers, note };
  return { isFree: false, amount: wholeRupiah(fee.amount), tiers: [], note };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function optionalText(value: unknown): string | null {
  const result = text(value);
  return result.trim() === '' ? null : result;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function wholeRupiah(value: unknown): number {
  const amount = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(amount) ? amount : 0;
}

/**
 * Runs a save; a BAD_USER_INPUT naming a field is handed to the form as that field's error
 * (react-admin's server-side validation reads `body.errors`), so the user sees where.
 */
async function withFieldErrors<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && error.body.field) {
      Object.assign(error.body, { errors: { [error.body.field]: 'mpp.services.error.invalidField' } });
    }
    throw error;
  }
}
