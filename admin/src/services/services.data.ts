import type { CreateParams, GetListParams, GetOneParams, UpdateParams } from 'react-admin';
import { currentWorkScope, inWorkScope, NO_AGENCY } from '../auth/workScope';
import type { ResourceData } from '../data/resource';
import { onInputs, withFieldErrors } from '../data/saveErrors';
import {
  ServicesCreateDocument,
  ServicesHistoryDocument,
  ServicesListDocument,
  ServicesOneDocument,
  ServicesUpdateDocument,
  type FeeInput,
  type PublishStatus,
  type ServiceFilter,
  type ServiceInput,
  type ServicesDetailFragment,
} from '../generated/graphql';
import { ApiError, request } from '../graphql/client';
import type { HistoryLoader } from '../history/HistoryPanel';
import { CONTENT_FIELDS, toServiceRecord, type ContentField, type ServiceContent, type ServiceRecord } from './service.record';

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
  /**
   * A page of services: by name, or best first while searching (the API orders them either
   * way). A partner's list is their agency's whatever the screen's filter says: the API would
   * list every agency's published services.
   */
  async getList(_resource: string, params: GetListParams) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const limit = Math.min(perPage, MAX_PAGE);
    const filter = toApiFilter(params.filter as ServiceListFilter);
    const scope = await currentWorkScope();
    if (scope.kind === 'own') {
      // An account bound to no agency (never made by the API's rules) sees nothing.
      if (scope.agencyId === NO_AGENCY) return { data: [], total: 0 };
      filter.agencyId = scope.agencyId;
    }
    const result = await request(ServicesListDocument, { limit, offset: (page - 1) * limit, filter });
    return { data: result.services.items, total: result.services.totalCount } as never;
  },

  async getOne(_resource: string, params: GetOneParams) {
    return { data: await loadService(String(params.id)) } as never;
  },

  /** A new draft: a name, a category and (for editors) an agency; a partner's agency is their own. */
  async create(_resource: string, params: CreateParams) {
    const data = params.data as Partial<ServiceContent>;
    const input: ServiceInput = { name: data.name ?? '', categoryId: data.categoryId ?? '' };
    if (data.agencyId) input.agencyId = data.agencyId;
    const result = await withFieldErrors(request(ServicesCreateDocument, { input }), onInputs(['name', 'categoryId', 'agencyId'], INVALID_FIELD));
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
    const result = await withFieldErrors(
      request(ServicesUpdateDocument, { id: String(params.id), version: previous.version, input }),
      fieldErrorsOf({ ...previous, ...(params.data as Partial<ServiceContent>) }),
    );
    return { data: recordOrNotFound(result.updateService) } as never;
  },
};

/**
 * One service as the edit screen shows it; NOT_FOUND when missing or not the caller's to work
 * on (another agency's, for a partner: the API shows its published side to anyone).
 */
export async function loadService(id: string): Promise<ServiceRecord> {
  const [result, scope] = await Promise.all([request(ServicesOneDocument, { id }), currentWorkScope()]);
  if (!result.service || !inWorkScope(scope, result.service.agency?.id)) throw new ApiError('not found', 'NOT_FOUND');
  return recordOrNotFound(result.service);
}

/** The service's audit trail, a page at a time (null when the user may not read it). */
export const serviceHistory: HistoryLoader<ServiceRecord> = async (service, { limit, offset }) => {
  const result = await request(ServicesHistoryDocument, { id: service.id, limit, offset });
  return result.service?.history ?? null;
};

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

/** The content fields the form edits with one input each (lists are one input, the whole list). */
const SINGLE_INPUT_FIELDS: ReadonlySet<string> = new Set(CONTENT_FIELDS.filter((field) => field !== 'fee'));

/**
 * Where the form shows a refused field: the input the API's path belongs to. The fee's inputs
 * depend on what it is: free has only the switch, tiers replace the amount (the API's `fee` or
 * `fee.amount` then means the tiers). A field no input shows stays in the notification alone.
 */
function fieldErrorsOf(values: Partial<ServiceContent>) {
  const fee = (values.fee ?? {}) as { isFree?: unknown; tiers?: unknown };
  const hasTiers = Array.isArray(fee.tiers) && fee.tiers.length > 0;
  const formField = (apiField: string): string | null => {
    const [root, part] = apiField.split('.');
    if (root !== 'fee') return SINGLE_INPUT_FIELDS.has(root) ? root : null;
    if (part === 'note' || part === 'isFree') return `fee.${part}`;
    if (fee.isFree === true) return 'fee.isFree';
    return hasTiers ? 'fee.tiers' : 'fee.amount';
  };
  return { formField, message: INVALID_FIELD };
}

/** The field error's text: the notification says what the API refused. */
const INVALID_FIELD = () => 'mpp.services.error.invalidField';
