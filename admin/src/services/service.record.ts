import type {
  EditState,
  PublishStatus,
  ServicesDetailFragment,
  ServicesFeeFragment,
} from '../generated/graphql';

/*
 * How the CMS holds a service. A published service has two contents: the public one (the
 * service's own fields) and, when someone is changing it, the pending edit. The form always
 * edits the *working copy* — the pending edit when there is one, else the service itself —
 * and the record's `version` is the one the next edit of that working copy must send.
 */

/** The fields of the Standar Pelayanan a form edits, as the form holds them. */
export interface ServiceContent {
  name: string;
  slug: string;
  summary: string | null;
  agencyId: string | null;
  categoryId: string;
  keywords: string[];
  requirements: { description: string; note: string | null }[];
  procedure: { description: string }[];
  processingTime: string;
  fee: ServicesFeeFragment;
  product: string;
  complaintChannels: string[];
  legalBasis: string[];
  onlineUrl: string | null;
}

export const CONTENT_FIELDS = [
  'name',
  'slug',
  'summary',
  'agencyId',
  'categoryId',
  'keywords',
  'requirements',
  'procedure',
  'processingTime',
  'fee',
  'product',
  'complaintChannels',
  'legalBasis',
  'onlineUrl',
] as const satisfies readonly (keyof ServiceContent)[];

export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface NamedRef {
  id: string;
  name: string;
  shortName?: string | null;
}

export type ServicePendingEdit = NonNullable<ServicesDetailFragment['pendingEdit']>;
export type ServiceRevision = NonNullable<ServicesDetailFragment['revisions']>[number];

/** One service as the edit screen holds it: the working copy plus its editorial side. */
export interface ServiceRecord extends ServiceContent {
  id: string;
  /** The version the next update, submit, publish, return, discard or restore sends. */
  version: number;
  /** The service's own version: archive and unarchive send this one. */
  serviceVersion: number;
  updatedAt: string;
  status: PublishStatus;
  agency: NamedRef | null;
  category: NamedRef;
  /** What the public sees (or would, once published): the service's own content. */
  published: ServiceContent;
  pendingEdit: ServicePendingEdit | null;
  /** The reviewer's comment on a never-published service. */
  reviewComment: string | null;
  revisions: ServiceRevision[];
}

/** The state a list row or the workflow panel shows: the status and the pending edit's state. */
export interface WorkflowState {
  status: PublishStatus;
  editState: EditState | null;
}

/** The content fields every side of a service has: the service, its pending edit, a revision. */
type ContentSource = Pick<
  ServicesDetailFragment,
  'name' | 'slug' | 'summary' | 'keywords' | 'requirements' | 'procedure' | 'processingTime' | 'fee' | 'product' | 'complaintChannels' | 'legalBasis' | 'onlineUrl'
> & { agency?: { id: string } | null; category?: { id: string } | null };

/**
 * The content of a service, pending edit or revision, as the form holds it; an edit or a
 * revision that names no agency or category keeps the service's (`fallback`).
 */
export function contentOf(source: ContentSource, fallback?: Pick<ServiceContent, 'agencyId' | 'categoryId'>): ServiceContent {
  return {
    name: source.name,
    slug: source.slug,
    summary: source.summary,
    agencyId: source.agency?.id ?? fallback?.agencyId ?? null,
    categoryId: source.category?.id ?? fallback?.categoryId ?? '',
    keywords: [...source.keywords],
    requirements: source.requirements.map(({ description, note }) => ({ description, note })),
    procedure: source.procedure.map(({ description }) => ({ description })),
    processingTime: source.processingTime,
    fee: { isFree: source.fee.isFree, amount: source.fee.amount, note: source.fee.note, tiers: source.fee.tiers.map(({ label, amount }) => ({ label, amount })) },
    product: source.product,
    complaintChannels: [...source.complaintChannels],
    legalBasis: [...source.legalBasis],
    onlineUrl: source.onlineUrl,
  };
}

/**
 * The record of one service, or null when the CMS must not show it: the API leaves the
 * editorial side (revisions) out for callers who may not work on the service — a partner
 * opening another agency's published service — and such a service is "not found" here.
 */
export function toServiceRecord(service: ServicesDetailFragment): ServiceRecord | null {
  if (service.revisions === null) return null;
  const published = contentOf(service);
  const edit = service.pendingEdit;
  const working = edit ? contentOf(edit, { agencyId: published.agencyId, categoryId: published.categoryId }) : published;
  return {
    ...working,
    id: service.id,
    version: edit ? edit.version : service.version,
    serviceVersion: service.version,
    updatedAt: service.updatedAt,
    status: service.status,
    agency: service.agency,
    category: service.category,
    published,
    pendingEdit: edit,
    reviewComment: service.reviewComment,
    revisions: service.revisions,
  };
}
