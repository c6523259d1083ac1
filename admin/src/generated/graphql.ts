/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A staff role (see Role), or KIOSK: a ticket kiosk in the mall hall, signed in with its device token. */
export type ActorRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'KIOSK'
  | 'OFFICER'
  | 'PARTNER';

/** Changes to an agency; fields left out stay as they are, null clears an optional one. Partners may change their own agency's contact details (description, website, phone, email). */
export type AgencyInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  kind?: AgencyKind | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  shortName?: string | null | undefined;
  slug?: string | null | undefined;
  website?: string | null | undefined;
};

/** What kind of body an agency is. */
export type AgencyKind =
  | 'BANK'
  | 'CENTRAL_GOVERNMENT'
  | 'OTHER'
  | 'REGIONAL_GOVERNMENT'
  | 'SOCIAL_SECURITY'
  | 'STATE_ENTERPRISE';

/** A booth, or changes to one (fields left out stay as they are). Creating needs code, floor, status and agencyId. Partners may change their own booths' status and opening date. */
export type BoothInput = {
  agencyId?: string | number | null | undefined;
  /** e.g. "G-07" */
  code?: string | null | undefined;
  floor?: number | null | undefined;
  /** Required once the booth is no longer PLANNED. */
  openedOn?: string | null | undefined;
  status?: BoothStatus | null | undefined;
};

/** Booths open in stages as agencies connect their own systems. */
export type BoothStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PLANNED'
  | 'TEMPORARILY_CLOSED';

/** A date the mall is closed, and why. */
export type ClosedDateInput = {
  date: string;
  /** As citizens read it, e.g. "Cuti bersama Idul Fitri 1447 H". */
  reason: string;
};

/** A counter, or changes to one (fields left out stay as they are). Creating needs name, boothId and serviceIds. A counter serves queues of its booth's agency only. */
export type CounterInput = {
  /** The booth (gerai) it is at; its agency and floor become the counter's. */
  boothId?: string | number | null | undefined;
  /** As the board shows it, e.g. "Loket G-05". Unique. */
  name?: string | null | undefined;
  /** The services whose queues it calls from (at least one), of its agency. */
  serviceIds?: Array<string | number> | null | undefined;
};

/** OPEN: an officer is signed in and calling. PAUSED: signed in, not calling. CLOSED: nobody signed in. */
export type CounterStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PAUSED';

/** A new staff account. PARTNER and OFFICER accounts belong to an agency. */
export type CreateStaffUserInput = {
  agencyId?: string | number | null | undefined;
  email: string;
  name: string;
  role: Role;
};

export type DayHoursInput = {
  /** At most six ranges, none overlapping. */
  ranges: Array<TimeRangeInput>;
  /** 1 = Monday … 7 = Sunday; each at most once. */
  weekday: number;
};

/** A pending edit is being written, waits for review, or was sent back with a comment. */
export type EditState =
  | 'EDITING'
  | 'IN_REVIEW'
  | 'RETURNED';

/** A facility, or changes to one (fields left out stay as they are; null clears an optional one). Creating needs name, kind, floor and openingHours; its status starts OPERATIONAL (setFacilityStatus changes it). */
export type FacilityInput = {
  /** At most 2000 characters. */
  description?: string | null | undefined;
  /** At most 20, from the kind's set (facilityFeatureOptions); written in capitals. */
  features?: Array<string> | null | undefined;
  /** From -2 to 10; 1 is the ground floor. */
  floor?: number | null | undefined;
  kind?: FacilityKind | null | undefined;
  /** At most 200 characters. */
  location?: string | null | undefined;
  /** 2 to 120 characters. */
  name?: string | null | undefined;
  /** Its own weekly hours, local time. */
  openingHours?: WeeklyHoursInput | null | undefined;
  /** The operating agency (checked to exist); null: DPMPTSP runs it. */
  operatorAgencyId?: string | number | null | undefined;
  /** At most 10 http(s) addresses, the main photo first. */
  photoUrls?: Array<string> | null | undefined;
  /** Open by its own hours even while the mall is closed (false when left out at creation). */
  reachableFromOutside?: boolean | null | undefined;
  /** Lowercase letters and digits joined by hyphens, unique; made from the name when left out at creation. */
  slug?: string | null | undefined;
};

/** What a facility is; PRAYER_ROOM is the musala, ACCESSIBILITY a ramp, wheelchairs on loan, guiding blocks and the like. */
export type FacilityKind =
  | 'ACCESSIBILITY'
  | 'ATM'
  | 'CAFETERIA'
  | 'CHILDREN_AREA'
  | 'LACTATION_ROOM'
  | 'MINIMARKET'
  | 'OTHER'
  | 'PARKING'
  | 'PRAYER_ROOM'
  | 'SMOKING_AREA'
  | 'TOILET'
  | 'WAITING_AREA';

/** As its operator or DPMPTSP last set it. OPERATIONAL: working (open by its hours). OUT_OF_SERVICE: there but not working (an ATM out of cash, a broken lift). CLOSED: closed until further notice (renovation, no tenant). */
export type FacilityStatus =
  | 'CLOSED'
  | 'OPERATIONAL'
  | 'OUT_OF_SERVICE';

/** Biaya/tarif. Free: amount 0 (or left out) and no tiers. With tiers: amount is their lowest (left out, it is computed). Depending on the case: not free, amount 0, a note explaining. */
export type FeeInput = {
  amount?: number | null | undefined;
  isFree: boolean;
  note?: string | null | undefined;
  tiers?: Array<FeeTierInput> | null | undefined;
};

export type FeeTierInput = {
  /** Rupiah, 0 or more. */
  amount: number;
  label: string;
};

/** A listing, or changes to one (fields left out stay as they are). Creating needs name and price; it is available unless told otherwise. */
export type ListingInput = {
  available?: boolean | null | undefined;
  /** At most 60 characters; null or blank: none. */
  category?: string | null | undefined;
  /** 2 to 120 characters, trimmed. */
  name?: string | null | undefined;
  /** Whole Rupiah, 0 or more. */
  price?: number | null | undefined;
};

/** Changes to the mall's profile and weekly hours (fields left out stay as they are; null clears an optional one). */
export type MallInput = {
  /** 5 to 300 characters. */
  address?: string | null | undefined;
  email?: string | null | undefined;
  /** 2 to 120 characters. */
  name?: string | null | undefined;
  /** The building's regular week, local time; closed dates are the queueing subgraph's (setClosedDates). */
  openingHours?: WeeklyHoursInput | null | undefined;
  /** Digits, spaces, + ( ) -. */
  phone?: string | null | undefined;
  /** An http(s) address. */
  website?: string | null | undefined;
};

/** One step of the procedure. */
export type ProcedureStepInput = {
  description: string;
};

/** The state of what the public sees of a service; only PUBLISHED ones are public. */
export type PublishStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** A queue's settings, or changes to them (fields left out stay as they are). Opening a queue needs prefix and ticketHours; it is enabled unless told otherwise. */
export type QueueSettingsInput = {
  /** Tickets a day, at least 1; null: no limit. */
  dailyQuota?: number | null | undefined;
  enabled?: boolean | null | undefined;
  /** One to three capital letters, unique among queues; fixed on a day the queue has issued tickets. */
  prefix?: string | null | undefined;
  /** When tickets are given out, local time. */
  ticketHours?: WeeklyHoursInput | null | undefined;
};

/** One persyaratan. */
export type RequirementInput = {
  description: string;
  note?: string | null | undefined;
};

/** ADMIN: DPMPTSP managers, everything and accounts. EDITOR: DPMPTSP editors, the catalog, agencies, facilities. PARTNER: one agency's own services, booths and facilities. OFFICER: queue work at one agency's counters. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'OFFICER'
  | 'PARTNER';

/** A new synonym group. */
export type SearchSynonymGroupInput = {
  /** Lowercase letters and digits joined by hyphens; made from the first phrase when left out. */
  key?: string | null | undefined;
  /** 2 to 50 phrases of at most 120 characters, none in another group. */
  phrases: Array<string>;
};

/** A category, or changes to one (fields left out stay as they are). */
export type ServiceCategoryInput = {
  name?: string | null | undefined;
  /** Made from the name when left out at creation. */
  slug?: string | null | undefined;
};

/** Narrows a list of services; all given conditions must hold. */
export type ServiceFilter = {
  agencyId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
  /** Words as citizens type them ("perpanjang sim", "bikin paspor", "ktp hilang"); results come best first instead of by name. Affixes, synonyms, abbreviations, word prefixes and one typo are understood. */
  search?: string | null | undefined;
  /** Only states the caller may see are returned. */
  status?: PublishStatus | null | undefined;
  /** True: the services waiting for an editor's review — in review themselves, or published with a pending edit in review (pending edits count only where the caller may see the editorial side). False: the others. */
  waitingForReview?: boolean | null | undefined;
};

/** The editable fields of a service; every one may be left out (a patch). Creating needs name, agencyId and categoryId; publishing needs every public component. */
export type ServiceInput = {
  agencyId?: string | number | null | undefined;
  categoryId?: string | number | null | undefined;
  complaintChannels?: Array<string> | null | undefined;
  fee?: FeeInput | null | undefined;
  keywords?: Array<string> | null | undefined;
  legalBasis?: Array<string> | null | undefined;
  name?: string | null | undefined;
  onlineUrl?: string | null | undefined;
  procedure?: Array<ProcedureStepInput> | null | undefined;
  processingTime?: string | null | undefined;
  product?: string | null | undefined;
  requirements?: Array<RequirementInput> | null | undefined;
  /** Made from the name when left out at creation. */
  slug?: string | null | undefined;
  summary?: string | null | undefined;
};

export type TimeRangeInput = {
  /** "HH:MM", after `opens`; "24:00" for midnight. */
  closes: string;
  /** "HH:MM", 24-hour local time. */
  opens: string;
};

/** Changes to a staff account; fields left out stay as they are. */
export type UpdateStaffUserInput = {
  /** false deactivates: no sign-in, no refresh, sessions ended. */
  active?: boolean | null | undefined;
  agencyId?: string | number | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
};

export type WeeklyHoursInput = {
  /** A weekday left out is closed. */
  days: Array<DayHoursInput>;
};

export type AccountRecordFragment = { id: string, version: number, updatedAt: string, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, name: string, shortName: string | null } | null };

export type AccountPageQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type AccountPageQuery = { staffUsers: { totalCount: number, items: Array<{ id: string, version: number, updatedAt: string, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, name: string, shortName: string | null } | null }> } };

export type AccountAgencyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountAgencyChoicesQuery = { agencies: Array<{ id: string, name: string, shortName: string | null }> };

export type AccountCreateMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type AccountCreateMutation = { createStaffUser: { temporaryPassword: string, user: { id: string, version: number, updatedAt: string, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, name: string, shortName: string | null } | null } } };

export type AccountUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateStaffUserInput;
}>;


export type AccountUpdateMutation = { updateStaffUser: { id: string, version: number, updatedAt: string, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, name: string, shortName: string | null } | null } };

export type AccountResetPasswordMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AccountResetPasswordMutation = { resetStaffPassword: { temporaryPassword: string, user: { id: string, version: number, updatedAt: string, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, name: string, shortName: string | null } | null } } };

export type AgencyFieldsFragment = { id: string, version: number, updatedAt: string, slug: string, name: string, shortName: string | null, kind: AgencyKind, description: string | null, website: string | null, phone: string | null, email: string | null };

export type AgencyListQueryVariables = Exact<{
  kind?: AgencyKind | null | undefined;
}>;


export type AgencyListQuery = { agencies: Array<{ id: string, version: number, updatedAt: string, slug: string, name: string, shortName: string | null, kind: AgencyKind, description: string | null, website: string | null, phone: string | null, email: string | null }> };

export type AgencyOneQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyOneQuery = { agency: { id: string, version: number, updatedAt: string, slug: string, name: string, shortName: string | null, kind: AgencyKind, description: string | null, website: string | null, phone: string | null, email: string | null } | null };

export type AgencyHistoryQueryVariables = Exact<{
  id: string | number;
  limit: number;
  offset: number;
}>;


export type AgencyHistoryQuery = { agency: { id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } | null };

export type UpdateAgencyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency: { id: string, version: number, updatedAt: string, slug: string, name: string, shortName: string | null, kind: AgencyKind, description: string | null, website: string | null, phone: string | null, email: string | null } };

export type SignedInUserFragment = { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, refreshToken: string, user: { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { token: string, expiresAt: string, refreshToken: string, user: { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null } | null };

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: { token: string, expiresAt: string, refreshToken: string, user: { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null } } };

export type BoothFieldsFragment = { id: string, version: number, updatedAt: string, code: string, floor: number, status: BoothStatus, openedOn: string | null, agency: { id: string, name: string, shortName: string | null } };

export type BoothListQueryVariables = Exact<{
  status?: BoothStatus | null | undefined;
}>;


export type BoothListQuery = { booths: Array<{ id: string, version: number, updatedAt: string, code: string, floor: number, status: BoothStatus, openedOn: string | null, agency: { id: string, name: string, shortName: string | null } }> };

export type BoothHistoryQueryVariables = Exact<{
  agencyId: string | number;
  limit: number;
  offset: number;
}>;


export type BoothHistoryQuery = { agency: { id: string, booths: Array<{ id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null }> } | null };

export type CreateBoothMutationVariables = Exact<{
  input: BoothInput;
}>;


export type CreateBoothMutation = { createBooth: { id: string, version: number, updatedAt: string, code: string, floor: number, status: BoothStatus, openedOn: string | null, agency: { id: string, name: string, shortName: string | null } } };

export type UpdateBoothMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: BoothInput;
}>;


export type UpdateBoothMutation = { updateBooth: { id: string, version: number, updatedAt: string, code: string, floor: number, status: BoothStatus, openedOn: string | null, agency: { id: string, name: string, shortName: string | null } } };

export type CategoryFieldsFragment = { id: string, version: number, updatedAt: string, slug: string, name: string, services: Array<{ id: string }> };

export type CategoryListQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoryListQuery = { serviceCategories: Array<{ id: string, version: number, updatedAt: string, slug: string, name: string, services: Array<{ id: string }> }> };

export type CreateCategoryMutationVariables = Exact<{
  input: ServiceCategoryInput;
}>;


export type CreateCategoryMutation = { createServiceCategory: { id: string, version: number, updatedAt: string, slug: string, name: string, services: Array<{ id: string }> } };

export type UpdateCategoryMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ServiceCategoryInput;
}>;


export type UpdateCategoryMutation = { updateServiceCategory: { id: string, version: number, updatedAt: string, slug: string, name: string, services: Array<{ id: string }> } };

export type DeleteCategoryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCategoryMutation = { deleteServiceCategory: boolean };

export type ClosedDateFieldsFragment = { date: string, reason: string };

export type ClosedDateYearFieldsFragment = { year: number, version: number, updatedAt: string, dates: Array<{ date: string, reason: string }> };

export type ClosedDateListQueryVariables = Exact<{
  year: number;
}>;


export type ClosedDateListQuery = { closedDates: Array<{ date: string, reason: string }> };

export type ClosedDateYearQueryVariables = Exact<{
  year: number;
}>;


export type ClosedDateYearQuery = { closedDateYear: { year: number, version: number, updatedAt: string, dates: Array<{ date: string, reason: string }> } | null };

export type SetClosedDatesMutationVariables = Exact<{
  year: number;
  version?: number | null | undefined;
  dates: Array<ClosedDateInput> | ClosedDateInput;
}>;


export type SetClosedDatesMutation = { setClosedDates: { year: number, version: number, updatedAt: string, dates: Array<{ date: string, reason: string }> } };

export type CounterFieldsFragment = { id: string, version: number, updatedAt: string, name: string, agencyId: string, floor: number, status: CounterStatus, booth: { id: string, code: string, agency: { id: string, name: string, shortName: string | null } } | null, services: Array<{ id: string, name: string, queue: { prefix: string } | null }>, officerId: { id: string } | null, officer: { id: string, name: string } | null };

export type CounterListQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type CounterListQuery = { counters: Array<{ id: string, version: number, updatedAt: string, name: string, agencyId: string, floor: number, status: CounterStatus, booth: { id: string, code: string, agency: { id: string, name: string, shortName: string | null } } | null, services: Array<{ id: string, name: string, queue: { prefix: string } | null }>, officerId: { id: string } | null, officer: { id: string, name: string } | null }> };

export type CounterOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CounterOneQuery = { counter: { id: string, version: number, updatedAt: string, name: string, agencyId: string, floor: number, status: CounterStatus, booth: { id: string, code: string, agency: { id: string, name: string, shortName: string | null } } | null, services: Array<{ id: string, name: string, queue: { prefix: string } | null }>, officerId: { id: string } | null, officer: { id: string, name: string } | null } | null };

export type CreateCounterMutationVariables = Exact<{
  input: CounterInput;
}>;


export type CreateCounterMutation = { createCounter: { id: string, version: number, updatedAt: string, name: string, agencyId: string, floor: number, status: CounterStatus, booth: { id: string, code: string, agency: { id: string, name: string, shortName: string | null } } | null, services: Array<{ id: string, name: string, queue: { prefix: string } | null }>, officerId: { id: string } | null, officer: { id: string, name: string } | null } };

export type UpdateCounterMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CounterInput;
}>;


export type UpdateCounterMutation = { updateCounter: { id: string, version: number, updatedAt: string, name: string, agencyId: string, floor: number, status: CounterStatus, booth: { id: string, code: string, agency: { id: string, name: string, shortName: string | null } } | null, services: Array<{ id: string, name: string, queue: { prefix: string } | null }>, officerId: { id: string } | null, officer: { id: string, name: string } | null } };

export type FacilityFieldsFragment = { id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } };

export type FacilityListQueryVariables = Exact<{
  kind?: FacilityKind | null | undefined;
  floor?: number | null | undefined;
}>;


export type FacilityListQuery = { facilities: Array<{ id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } }> };

export type FacilityOneQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityOneQuery = { facility: { id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } | null };

export type FacilityFeatureOptionsQueryVariables = Exact<{
  kind: FacilityKind;
}>;


export type FacilityFeatureOptionsQuery = { facilityFeatureOptions: Array<string> };

export type FacilityHistoryQueryVariables = Exact<{
  id: string | number;
  limit: number;
  offset: number;
}>;


export type FacilityHistoryQuery = { facility: { id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } | null };

export type CreateFacilityMutationVariables = Exact<{
  input: FacilityInput;
}>;


export type CreateFacilityMutation = { createFacility: { id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type UpdateFacilityMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: FacilityInput;
}>;


export type UpdateFacilityMutation = { updateFacility: { id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type SetFacilityStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: FacilityStatus;
  note?: string | null | undefined;
}>;


export type SetFacilityStatusMutation = { setFacilityStatus: { id: string, version: number, updatedAt: string, slug: string, name: string, kind: FacilityKind, floor: number, location: string | null, description: string | null, operatorAgencyId: string | null, features: Array<string>, photoUrls: Array<string>, status: FacilityStatus, statusNote: string | null, statusSince: string, statusStale: boolean | null, reachableFromOutside: boolean, isOpenNow: boolean, nextChangeAt: string | null, operator: { id: string, name: string, shortName: string | null } | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type HistoryAuditPageFragment = { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type KioskFieldsFragment = { id: string, version: number, updatedAt: string, name: string, active: boolean, revokedAt: string | null, registeredAt: string, lastSessionStartedAt: string | null };

export type KioskListQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskListQuery = { kiosks: Array<{ id: string, version: number, updatedAt: string, name: string, active: boolean, revokedAt: string | null, registeredAt: string, lastSessionStartedAt: string | null }> };

export type RegisterKioskMutationVariables = Exact<{
  name: string;
}>;


export type RegisterKioskMutation = { registerKiosk: { deviceToken: string, kiosk: { id: string, version: number, updatedAt: string, name: string, active: boolean, revokedAt: string | null, registeredAt: string, lastSessionStartedAt: string | null } } };

export type RenameKioskMutationVariables = Exact<{
  id: string | number;
  version: number;
  name: string;
}>;


export type RenameKioskMutation = { renameKiosk: { id: string, version: number, updatedAt: string, name: string, active: boolean, revokedAt: string | null, registeredAt: string, lastSessionStartedAt: string | null } };

export type RevokeKioskMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeKioskMutation = { revokeKiosk: { id: string, version: number, updatedAt: string, name: string, active: boolean, revokedAt: string | null, registeredAt: string, lastSessionStartedAt: string | null } };

export type KioskHistoryQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type KioskHistoryQuery = { kiosks: Array<{ id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null }> };

export type ListingFieldsFragment = { id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean };

export type FacilityListingsQueryVariables = Exact<{
  facilityId: string | number;
}>;


export type FacilityListingsQuery = { facility: { id: string, operatorAgencyId: string | null, listings: Array<{ id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean }> } | null };

export type ListingOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingOneQuery = { listing: { id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean } | null };

export type CreateListingMutationVariables = Exact<{
  facilityId: string | number;
  input: ListingInput;
}>;


export type CreateListingMutation = { createListing: { id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean } };

export type UpdateListingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ListingInput;
}>;


export type UpdateListingMutation = { updateListing: { id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean } };

export type DeleteListingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteListingMutation = { deleteListing: { id: string, version: number, updatedAt: string, facilityId: string, name: string, category: string | null, price: number, available: boolean } };

export type MallFieldsFragment = { id: string, version: number, updatedAt: string, name: string, address: string, phone: string | null, email: string | null, website: string | null, isOpenNow: boolean, nextChangeAt: string | null, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } };

export type MallOneQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MallOneQuery = { mall: { id: string, version: number, updatedAt: string, name: string, address: string, phone: string | null, email: string | null, website: string | null, isOpenNow: boolean, nextChangeAt: string | null, closedDates: Array<{ date: string, reason: string }>, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type MallHistoryQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type MallHistoryQuery = { mall: { id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } };

export type UpdateMallMutationVariables = Exact<{
  version: number;
  input: MallInput;
}>;


export type UpdateMallMutation = { updateMall: { id: string, version: number, updatedAt: string, name: string, address: string, phone: string | null, email: string | null, website: string | null, isOpenNow: boolean, nextChangeAt: string | null, closedDates: Array<{ date: string, reason: string }>, openingHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type QueueSettingsFieldsFragment = { id: string, version: number, updatedAt: string, agencyId: string, enabled: boolean, prefix: string, dailyQuota: number | null, ticketHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } };

export type QueueServiceFieldsFragment = { id: string, name: string, agency: { id: string, name: string, shortName: string | null } | null };

export type QueueStatusFieldsFragment = { open: boolean, waiting: number };

export type QueueSettingsListQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type QueueSettingsListQuery = { queues: Array<{ id: string, version: number, updatedAt: string, agencyId: string, enabled: boolean, prefix: string, dailyQuota: number | null, service: { id: string, name: string, queue: { open: boolean, waiting: number } | null, agency: { id: string, name: string, shortName: string | null } | null } | null, ticketHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } }> };

export type QueueServicePageQueryVariables = Exact<{
  limit: number;
  offset: number;
  agencyId?: string | number | null | undefined;
}>;


export type QueueServicePageQuery = { services: { totalCount: number, items: Array<{ id: string, name: string, agency: { id: string, name: string, shortName: string | null } | null }> } };

export type QueueOneQueryVariables = Exact<{
  serviceId: string | number;
}>;


export type QueueOneQuery = { service: { id: string, name: string, queue: { open: boolean, waiting: number } | null, queueSettings: { id: string, version: number, updatedAt: string, agencyId: string, enabled: boolean, prefix: string, dailyQuota: number | null, ticketHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } | null, agency: { id: string, name: string, shortName: string | null } | null } | null };

export type UpsertQueueSettingsMutationVariables = Exact<{
  serviceId: string | number;
  version?: number | null | undefined;
  input: QueueSettingsInput;
}>;


export type UpsertQueueSettingsMutation = { upsertQueueSettings: { id: string, version: number, updatedAt: string, agencyId: string, enabled: boolean, prefix: string, dailyQuota: number | null, service: { id: string, name: string, queue: { open: boolean, waiting: number } | null, agency: { id: string, name: string, shortName: string | null } | null } | null, ticketHours: { days: Array<{ weekday: number, ranges: Array<{ opens: string, closes: string }> }> } } };

export type ServicesFeeFragment = { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> };

export type ServicesActorFragment = { userId: string, role: ActorRole, agencyId: string | null };

export type ServicesListItemFragment = { id: string, version: number, updatedAt: string, name: string, slug: string, status: PublishStatus, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, state: EditState } | null };

export type ServicesDetailFragment = { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null };

export type ServicesListQueryVariables = Exact<{
  limit: number;
  offset: number;
  filter?: ServiceFilter | null | undefined;
}>;


export type ServicesListQuery = { services: { totalCount: number, items: Array<{ id: string, version: number, updatedAt: string, name: string, slug: string, status: PublishStatus, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, state: EditState } | null }> } };

export type ServicesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ServicesOneQuery = { service: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } | null };

export type ServicesHistoryQueryVariables = Exact<{
  id: string | number;
  limit: number;
  offset: number;
}>;


export type ServicesHistoryQuery = { service: { id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } | null };

export type ServicesAgencyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesAgencyChoicesQuery = { agencies: Array<{ id: string, name: string, shortName: string | null }> };

export type ServicesCategoryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesCategoryChoicesQuery = { serviceCategories: Array<{ id: string, name: string }> };

export type ServicesCreateMutationVariables = Exact<{
  input: ServiceInput;
}>;


export type ServicesCreateMutation = { createService: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ServiceInput;
}>;


export type ServicesUpdateMutation = { updateService: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesSubmitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ServicesSubmitMutation = { submitServiceForReview: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesPublishMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ServicesPublishMutation = { publishService: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;


export type ServicesReturnMutation = { returnServiceToDraft: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesDiscardEditMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ServicesDiscardEditMutation = { discardServiceEdit: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesArchiveMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ServicesArchiveMutation = { archiveService: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesUnarchiveMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ServicesUnarchiveMutation = { unarchiveService: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type ServicesRestoreRevisionMutationVariables = Exact<{
  serviceId: string | number;
  revisionId: string | number;
  version: number;
}>;


export type ServicesRestoreRevisionMutation = { restoreServiceRevision: { id: string, version: number, updatedAt: string, slug: string, name: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, status: PublishStatus, reviewComment: string | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string }, pendingEdit: { id: string, version: number, state: EditState, reviewComment: string | null, editedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, editedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null } | null, revisions: Array<{ id: string, number: number, publishedAt: string, name: string, slug: string, summary: string | null, keywords: Array<string>, processingTime: string, product: string, complaintChannels: Array<string>, legalBasis: Array<string>, onlineUrl: string | null, publishedBy: { userId: string, role: ActorRole, agencyId: string | null } | null, requirements: Array<{ description: string, note: string | null }>, procedure: Array<{ description: string }>, fee: { isFree: boolean, amount: number, note: string | null, tiers: Array<{ label: string, amount: number }> }, agency: { id: string, name: string, shortName: string | null } | null, category: { id: string, name: string } | null }> | null } };

export type SynonymGroupFieldsFragment = { id: string, version: number, updatedAt: string, key: string, phrases: Array<string> };

export type SynonymGroupListQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type SynonymGroupListQuery = { searchSynonymGroups: { totalCount: number, items: Array<{ id: string, version: number, updatedAt: string, key: string, phrases: Array<string> }> } };

export type SynonymGroupOneQueryVariables = Exact<{
  id: string | number;
}>;


export type SynonymGroupOneQuery = { searchSynonymGroup: { id: string, version: number, updatedAt: string, key: string, phrases: Array<string> } | null };

export type SynonymGroupHistoryQueryVariables = Exact<{
  id: string | number;
  limit: number;
  offset: number;
}>;


export type SynonymGroupHistoryQuery = { searchSynonymGroup: { id: string, history: { totalCount: number, items: Array<{ id: string, at: string, action: string, actor: { userId: string, role: ActorRole, agencyId: string | null } | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } | null };

export type CreateSynonymGroupMutationVariables = Exact<{
  input: SearchSynonymGroupInput;
}>;


export type CreateSynonymGroupMutation = { createSearchSynonymGroup: { id: string, version: number, updatedAt: string, key: string, phrases: Array<string> } };

export type UpdateSynonymGroupMutationVariables = Exact<{
  id: string | number;
  version: number;
  phrases: Array<string> | string;
}>;


export type UpdateSynonymGroupMutation = { updateSearchSynonymGroup: { id: string, version: number, updatedAt: string, key: string, phrases: Array<string> } };

export type DeleteSynonymGroupMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSynonymGroupMutation = { deleteSearchSynonymGroup: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountRecordFragmentDoc = new TypedDocumentString(`
    fragment AccountRecord on StaffUser {
  id
  version
  updatedAt
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"AccountRecord"}) as unknown as TypedDocumentString<AccountRecordFragment, unknown>;
export const AgencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgencyFields on Agency {
  id
  version
  updatedAt
  slug
  name
  shortName
  kind
  description
  website
  phone
  email
}
    `, {"fragmentName":"AgencyFields"}) as unknown as TypedDocumentString<AgencyFieldsFragment, unknown>;
export const SignedInUserFragmentDoc = new TypedDocumentString(`
    fragment SignedInUser on StaffUser {
  id
  version
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    slug
    name
    shortName
  }
}
    `, {"fragmentName":"SignedInUser"}) as unknown as TypedDocumentString<SignedInUserFragment, unknown>;
export const BoothFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoothFields on Booth {
  id
  version
  updatedAt
  code
  floor
  status
  openedOn
  agency {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"BoothFields"}) as unknown as TypedDocumentString<BoothFieldsFragment, unknown>;
export const CategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CategoryFields on ServiceCategory {
  id
  version
  updatedAt
  slug
  name
  services {
    id
  }
}
    `, {"fragmentName":"CategoryFields"}) as unknown as TypedDocumentString<CategoryFieldsFragment, unknown>;
export const ClosedDateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClosedDateFields on ClosedDate {
  date
  reason
}
    `, {"fragmentName":"ClosedDateFields"}) as unknown as TypedDocumentString<ClosedDateFieldsFragment, unknown>;
export const ClosedDateYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClosedDateYearFields on ClosedDateYear {
  year
  version
  updatedAt
  dates {
    ...ClosedDateFields
  }
}
    fragment ClosedDateFields on ClosedDate {
  date
  reason
}`, {"fragmentName":"ClosedDateYearFields"}) as unknown as TypedDocumentString<ClosedDateYearFieldsFragment, unknown>;
export const CounterFieldsFragmentDoc = new TypedDocumentString(`
    fragment CounterFields on Counter {
  id
  version
  updatedAt
  name
  agencyId
  floor
  status
  booth {
    id
    code
    agency {
      id
      name
      shortName
    }
  }
  services {
    id
    name
    queue {
      prefix
    }
  }
  officerId: officer {
    id
  }
  officer {
    id
    name
  }
}
    `, {"fragmentName":"CounterFields"}) as unknown as TypedDocumentString<CounterFieldsFragment, unknown>;
export const FacilityFieldsFragmentDoc = new TypedDocumentString(`
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}
    `, {"fragmentName":"FacilityFields"}) as unknown as TypedDocumentString<FacilityFieldsFragment, unknown>;
export const HistoryAuditPageFragmentDoc = new TypedDocumentString(`
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}
    `, {"fragmentName":"HistoryAuditPage"}) as unknown as TypedDocumentString<HistoryAuditPageFragment, unknown>;
export const KioskFieldsFragmentDoc = new TypedDocumentString(`
    fragment KioskFields on Kiosk {
  id
  version
  updatedAt
  name
  active
  revokedAt
  registeredAt
  lastSessionStartedAt
}
    `, {"fragmentName":"KioskFields"}) as unknown as TypedDocumentString<KioskFieldsFragment, unknown>;
export const ListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}
    `, {"fragmentName":"ListingFields"}) as unknown as TypedDocumentString<ListingFieldsFragment, unknown>;
export const MallFieldsFragmentDoc = new TypedDocumentString(`
    fragment MallFields on Mall {
  id
  version
  updatedAt
  name
  address
  phone
  email
  website
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}
    `, {"fragmentName":"MallFields"}) as unknown as TypedDocumentString<MallFieldsFragment, unknown>;
export const QueueSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueSettingsFields on QueueSettings {
  id
  version
  updatedAt
  agencyId
  enabled
  prefix
  dailyQuota
  ticketHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
}
    `, {"fragmentName":"QueueSettingsFields"}) as unknown as TypedDocumentString<QueueSettingsFieldsFragment, unknown>;
export const QueueServiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueServiceFields on Service {
  id
  name
  agency {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"QueueServiceFields"}) as unknown as TypedDocumentString<QueueServiceFieldsFragment, unknown>;
export const QueueStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment QueueStatusFields on ServiceQueue {
  open
  waiting
}
    `, {"fragmentName":"QueueStatusFields"}) as unknown as TypedDocumentString<QueueStatusFieldsFragment, unknown>;
export const ServicesListItemFragmentDoc = new TypedDocumentString(`
    fragment ServicesListItem on Service {
  id
  version
  updatedAt
  name
  slug
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  pendingEdit {
    id
    state
  }
}
    `, {"fragmentName":"ServicesListItem"}) as unknown as TypedDocumentString<ServicesListItemFragment, unknown>;
export const ServicesFeeFragmentDoc = new TypedDocumentString(`
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
    `, {"fragmentName":"ServicesFee"}) as unknown as TypedDocumentString<ServicesFeeFragment, unknown>;
export const ServicesActorFragmentDoc = new TypedDocumentString(`
    fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
    `, {"fragmentName":"ServicesActor"}) as unknown as TypedDocumentString<ServicesActorFragment, unknown>;
export const ServicesDetailFragmentDoc = new TypedDocumentString(`
    fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}`, {"fragmentName":"ServicesDetail"}) as unknown as TypedDocumentString<ServicesDetailFragment, unknown>;
export const SynonymGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment SynonymGroupFields on SearchSynonymGroup {
  id
  version
  updatedAt
  key
  phrases
}
    `, {"fragmentName":"SynonymGroupFields"}) as unknown as TypedDocumentString<SynonymGroupFieldsFragment, unknown>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage($limit: Int!, $offset: Int!) {
  staffUsers(limit: $limit, offset: $offset) {
    totalCount
    items {
      ...AccountRecord
    }
  }
}
    fragment AccountRecord on StaffUser {
  id
  version
  updatedAt
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const AccountAgencyChoicesDocument = new TypedDocumentString(`
    query AccountAgencyChoices {
  agencies {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<AccountAgencyChoicesQuery, AccountAgencyChoicesQueryVariables>;
export const AccountCreateDocument = new TypedDocumentString(`
    mutation AccountCreate($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) {
    temporaryPassword
    user {
      ...AccountRecord
    }
  }
}
    fragment AccountRecord on StaffUser {
  id
  version
  updatedAt
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountUpdateDocument = new TypedDocumentString(`
    mutation AccountUpdate($id: ID!, $version: Int!, $input: UpdateStaffUserInput!) {
  updateStaffUser(id: $id, version: $version, input: $input) {
    ...AccountRecord
  }
}
    fragment AccountRecord on StaffUser {
  id
  version
  updatedAt
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<AccountUpdateMutation, AccountUpdateMutationVariables>;
export const AccountResetPasswordDocument = new TypedDocumentString(`
    mutation AccountResetPassword($id: ID!, $version: Int!) {
  resetStaffPassword(id: $id, version: $version) {
    temporaryPassword
    user {
      ...AccountRecord
    }
  }
}
    fragment AccountRecord on StaffUser {
  id
  version
  updatedAt
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<AccountResetPasswordMutation, AccountResetPasswordMutationVariables>;
export const AgencyListDocument = new TypedDocumentString(`
    query AgencyList($kind: AgencyKind) {
  agencies(kind: $kind) {
    ...AgencyFields
  }
}
    fragment AgencyFields on Agency {
  id
  version
  updatedAt
  slug
  name
  shortName
  kind
  description
  website
  phone
  email
}`) as unknown as TypedDocumentString<AgencyListQuery, AgencyListQueryVariables>;
export const AgencyOneDocument = new TypedDocumentString(`
    query AgencyOne($id: ID!) {
  agency(id: $id) {
    ...AgencyFields
  }
}
    fragment AgencyFields on Agency {
  id
  version
  updatedAt
  slug
  name
  shortName
  kind
  description
  website
  phone
  email
}`) as unknown as TypedDocumentString<AgencyOneQuery, AgencyOneQueryVariables>;
export const AgencyHistoryDocument = new TypedDocumentString(`
    query AgencyHistory($id: ID!, $limit: Int!, $offset: Int!) {
  agency(id: $id) {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<AgencyHistoryQuery, AgencyHistoryQueryVariables>;
export const UpdateAgencyDocument = new TypedDocumentString(`
    mutation UpdateAgency($id: ID!, $version: Int!, $input: AgencyInput!) {
  updateAgency(id: $id, version: $version, input: $input) {
    ...AgencyFields
  }
}
    fragment AgencyFields on Agency {
  id
  version
  updatedAt
  slug
  name
  shortName
  kind
  description
  website
  phone
  email
}`) as unknown as TypedDocumentString<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    refreshToken
    user {
      ...SignedInUser
    }
  }
}
    fragment SignedInUser on StaffUser {
  id
  version
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    slug
    name
    shortName
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    token
    expiresAt
    refreshToken
    user {
      ...SignedInUser
    }
  }
}
    fragment SignedInUser on StaffUser {
  id
  version
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    slug
    name
    shortName
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SignedInUser
  }
}
    fragment SignedInUser on StaffUser {
  id
  version
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    slug
    name
    shortName
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    expiresAt
    refreshToken
    user {
      ...SignedInUser
    }
  }
}
    fragment SignedInUser on StaffUser {
  id
  version
  email
  name
  role
  active
  mustChangePassword
  agency {
    id
    slug
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const BoothListDocument = new TypedDocumentString(`
    query BoothList($status: BoothStatus) {
  booths(status: $status) {
    ...BoothFields
  }
}
    fragment BoothFields on Booth {
  id
  version
  updatedAt
  code
  floor
  status
  openedOn
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<BoothListQuery, BoothListQueryVariables>;
export const BoothHistoryDocument = new TypedDocumentString(`
    query BoothHistory($agencyId: ID!, $limit: Int!, $offset: Int!) {
  agency(id: $agencyId) {
    id
    booths {
      id
      history(limit: $limit, offset: $offset) {
        ...HistoryAuditPage
      }
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<BoothHistoryQuery, BoothHistoryQueryVariables>;
export const CreateBoothDocument = new TypedDocumentString(`
    mutation CreateBooth($input: BoothInput!) {
  createBooth(input: $input) {
    ...BoothFields
  }
}
    fragment BoothFields on Booth {
  id
  version
  updatedAt
  code
  floor
  status
  openedOn
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<CreateBoothMutation, CreateBoothMutationVariables>;
export const UpdateBoothDocument = new TypedDocumentString(`
    mutation UpdateBooth($id: ID!, $version: Int!, $input: BoothInput!) {
  updateBooth(id: $id, version: $version, input: $input) {
    ...BoothFields
  }
}
    fragment BoothFields on Booth {
  id
  version
  updatedAt
  code
  floor
  status
  openedOn
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<UpdateBoothMutation, UpdateBoothMutationVariables>;
export const CategoryListDocument = new TypedDocumentString(`
    query CategoryList {
  serviceCategories {
    ...CategoryFields
  }
}
    fragment CategoryFields on ServiceCategory {
  id
  version
  updatedAt
  slug
  name
  services {
    id
  }
}`) as unknown as TypedDocumentString<CategoryListQuery, CategoryListQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: ServiceCategoryInput!) {
  createServiceCategory(input: $input) {
    ...CategoryFields
  }
}
    fragment CategoryFields on ServiceCategory {
  id
  version
  updatedAt
  slug
  name
  services {
    id
  }
}`) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = new TypedDocumentString(`
    mutation UpdateCategory($id: ID!, $version: Int!, $input: ServiceCategoryInput!) {
  updateServiceCategory(id: $id, version: $version, input: $input) {
    ...CategoryFields
  }
}
    fragment CategoryFields on ServiceCategory {
  id
  version
  updatedAt
  slug
  name
  services {
    id
  }
}`) as unknown as TypedDocumentString<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const DeleteCategoryDocument = new TypedDocumentString(`
    mutation DeleteCategory($id: ID!, $version: Int!) {
  deleteServiceCategory(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteCategoryMutation, DeleteCategoryMutationVariables>;
export const ClosedDateListDocument = new TypedDocumentString(`
    query ClosedDateList($year: Int!) {
  closedDates(year: $year) {
    ...ClosedDateFields
  }
}
    fragment ClosedDateFields on ClosedDate {
  date
  reason
}`) as unknown as TypedDocumentString<ClosedDateListQuery, ClosedDateListQueryVariables>;
export const ClosedDateYearDocument = new TypedDocumentString(`
    query ClosedDateYear($year: Int!) {
  closedDateYear(year: $year) {
    ...ClosedDateYearFields
  }
}
    fragment ClosedDateFields on ClosedDate {
  date
  reason
}
fragment ClosedDateYearFields on ClosedDateYear {
  year
  version
  updatedAt
  dates {
    ...ClosedDateFields
  }
}`) as unknown as TypedDocumentString<ClosedDateYearQuery, ClosedDateYearQueryVariables>;
export const SetClosedDatesDocument = new TypedDocumentString(`
    mutation SetClosedDates($year: Int!, $version: Int, $dates: [ClosedDateInput!]!) {
  setClosedDates(year: $year, version: $version, dates: $dates) {
    ...ClosedDateYearFields
  }
}
    fragment ClosedDateFields on ClosedDate {
  date
  reason
}
fragment ClosedDateYearFields on ClosedDateYear {
  year
  version
  updatedAt
  dates {
    ...ClosedDateFields
  }
}`) as unknown as TypedDocumentString<SetClosedDatesMutation, SetClosedDatesMutationVariables>;
export const CounterListDocument = new TypedDocumentString(`
    query CounterList($agencyId: ID) {
  counters(agencyId: $agencyId) {
    ...CounterFields
  }
}
    fragment CounterFields on Counter {
  id
  version
  updatedAt
  name
  agencyId
  floor
  status
  booth {
    id
    code
    agency {
      id
      name
      shortName
    }
  }
  services {
    id
    name
    queue {
      prefix
    }
  }
  officerId: officer {
    id
  }
  officer {
    id
    name
  }
}`) as unknown as TypedDocumentString<CounterListQuery, CounterListQueryVariables>;
export const CounterOneDocument = new TypedDocumentString(`
    query CounterOne($id: ID!) {
  counter(id: $id) {
    ...CounterFields
  }
}
    fragment CounterFields on Counter {
  id
  version
  updatedAt
  name
  agencyId
  floor
  status
  booth {
    id
    code
    agency {
      id
      name
      shortName
    }
  }
  services {
    id
    name
    queue {
      prefix
    }
  }
  officerId: officer {
    id
  }
  officer {
    id
    name
  }
}`) as unknown as TypedDocumentString<CounterOneQuery, CounterOneQueryVariables>;
export const CreateCounterDocument = new TypedDocumentString(`
    mutation CreateCounter($input: CounterInput!) {
  createCounter(input: $input) {
    ...CounterFields
  }
}
    fragment CounterFields on Counter {
  id
  version
  updatedAt
  name
  agencyId
  floor
  status
  booth {
    id
    code
    agency {
      id
      name
      shortName
    }
  }
  services {
    id
    name
    queue {
      prefix
    }
  }
  officerId: officer {
    id
  }
  officer {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateCounterMutation, CreateCounterMutationVariables>;
export const UpdateCounterDocument = new TypedDocumentString(`
    mutation UpdateCounter($id: ID!, $version: Int!, $input: CounterInput!) {
  updateCounter(id: $id, version: $version, input: $input) {
    ...CounterFields
  }
}
    fragment CounterFields on Counter {
  id
  version
  updatedAt
  name
  agencyId
  floor
  status
  booth {
    id
    code
    agency {
      id
      name
      shortName
    }
  }
  services {
    id
    name
    queue {
      prefix
    }
  }
  officerId: officer {
    id
  }
  officer {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateCounterMutation, UpdateCounterMutationVariables>;
export const FacilityListDocument = new TypedDocumentString(`
    query FacilityList($kind: FacilityKind, $floor: Int) {
  facilities(kind: $kind, floor: $floor) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<FacilityListQuery, FacilityListQueryVariables>;
export const FacilityOneDocument = new TypedDocumentString(`
    query FacilityOne($id: ID!) {
  facility(id: $id) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<FacilityOneQuery, FacilityOneQueryVariables>;
export const FacilityFeatureOptionsDocument = new TypedDocumentString(`
    query FacilityFeatureOptions($kind: FacilityKind!) {
  facilityFeatureOptions(kind: $kind)
}
    `) as unknown as TypedDocumentString<FacilityFeatureOptionsQuery, FacilityFeatureOptionsQueryVariables>;
export const FacilityHistoryDocument = new TypedDocumentString(`
    query FacilityHistory($id: ID!, $limit: Int!, $offset: Int!) {
  facility(id: $id) {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<FacilityHistoryQuery, FacilityHistoryQueryVariables>;
export const CreateFacilityDocument = new TypedDocumentString(`
    mutation CreateFacility($input: FacilityInput!) {
  createFacility(input: $input) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<CreateFacilityMutation, CreateFacilityMutationVariables>;
export const UpdateFacilityDocument = new TypedDocumentString(`
    mutation UpdateFacility($id: ID!, $version: Int!, $input: FacilityInput!) {
  updateFacility(id: $id, version: $version, input: $input) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<UpdateFacilityMutation, UpdateFacilityMutationVariables>;
export const SetFacilityStatusDocument = new TypedDocumentString(`
    mutation SetFacilityStatus($id: ID!, $version: Int!, $status: FacilityStatus!, $note: String) {
  setFacilityStatus(id: $id, version: $version, status: $status, note: $note) {
    ...FacilityFields
  }
}
    fragment FacilityFields on Facility {
  id
  version
  updatedAt
  slug
  name
  kind
  floor
  location
  description
  operatorAgencyId
  operator {
    id
    name
    shortName
  }
  features
  photoUrls
  status
  statusNote
  statusSince
  statusStale
  reachableFromOutside
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<SetFacilityStatusMutation, SetFacilityStatusMutationVariables>;
export const KioskListDocument = new TypedDocumentString(`
    query KioskList {
  kiosks {
    ...KioskFields
  }
}
    fragment KioskFields on Kiosk {
  id
  version
  updatedAt
  name
  active
  revokedAt
  registeredAt
  lastSessionStartedAt
}`) as unknown as TypedDocumentString<KioskListQuery, KioskListQueryVariables>;
export const RegisterKioskDocument = new TypedDocumentString(`
    mutation RegisterKiosk($name: String!) {
  registerKiosk(name: $name) {
    deviceToken
    kiosk {
      ...KioskFields
    }
  }
}
    fragment KioskFields on Kiosk {
  id
  version
  updatedAt
  name
  active
  revokedAt
  registeredAt
  lastSessionStartedAt
}`) as unknown as TypedDocumentString<RegisterKioskMutation, RegisterKioskMutationVariables>;
export const RenameKioskDocument = new TypedDocumentString(`
    mutation RenameKiosk($id: ID!, $version: Int!, $name: String!) {
  renameKiosk(id: $id, version: $version, name: $name) {
    ...KioskFields
  }
}
    fragment KioskFields on Kiosk {
  id
  version
  updatedAt
  name
  active
  revokedAt
  registeredAt
  lastSessionStartedAt
}`) as unknown as TypedDocumentString<RenameKioskMutation, RenameKioskMutationVariables>;
export const RevokeKioskDocument = new TypedDocumentString(`
    mutation RevokeKiosk($id: ID!) {
  revokeKiosk(id: $id) {
    ...KioskFields
  }
}
    fragment KioskFields on Kiosk {
  id
  version
  updatedAt
  name
  active
  revokedAt
  registeredAt
  lastSessionStartedAt
}`) as unknown as TypedDocumentString<RevokeKioskMutation, RevokeKioskMutationVariables>;
export const KioskHistoryDocument = new TypedDocumentString(`
    query KioskHistory($limit: Int!, $offset: Int!) {
  kiosks {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<KioskHistoryQuery, KioskHistoryQueryVariables>;
export const FacilityListingsDocument = new TypedDocumentString(`
    query FacilityListings($facilityId: ID!) {
  facility(id: $facilityId) {
    id
    operatorAgencyId
    listings {
      ...ListingFields
    }
  }
}
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}`) as unknown as TypedDocumentString<FacilityListingsQuery, FacilityListingsQueryVariables>;
export const ListingOneDocument = new TypedDocumentString(`
    query ListingOne($id: ID!) {
  listing(id: $id) {
    ...ListingFields
  }
}
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}`) as unknown as TypedDocumentString<ListingOneQuery, ListingOneQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($facilityId: ID!, $input: ListingInput!) {
  createListing(facilityId: $facilityId, input: $input) {
    ...ListingFields
  }
}
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}`) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($id: ID!, $version: Int!, $input: ListingInput!) {
  updateListing(id: $id, version: $version, input: $input) {
    ...ListingFields
  }
}
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}`) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const DeleteListingDocument = new TypedDocumentString(`
    mutation DeleteListing($id: ID!, $version: Int!) {
  deleteListing(id: $id, version: $version) {
    ...ListingFields
  }
}
    fragment ListingFields on Listing {
  id
  version
  updatedAt
  facilityId
  name
  category
  price
  available
}`) as unknown as TypedDocumentString<DeleteListingMutation, DeleteListingMutationVariables>;
export const MallOneDocument = new TypedDocumentString(`
    query MallOne($year: Int) {
  mall {
    ...MallFields
    closedDates(year: $year) {
      date
      reason
    }
  }
}
    fragment MallFields on Mall {
  id
  version
  updatedAt
  name
  address
  phone
  email
  website
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<MallOneQuery, MallOneQueryVariables>;
export const MallHistoryDocument = new TypedDocumentString(`
    query MallHistory($limit: Int!, $offset: Int!) {
  mall {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<MallHistoryQuery, MallHistoryQueryVariables>;
export const UpdateMallDocument = new TypedDocumentString(`
    mutation UpdateMall($version: Int!, $input: MallInput!) {
  updateMall(version: $version, input: $input) {
    ...MallFields
    closedDates {
      date
      reason
    }
  }
}
    fragment MallFields on Mall {
  id
  version
  updatedAt
  name
  address
  phone
  email
  website
  openingHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
  isOpenNow
  nextChangeAt
}`) as unknown as TypedDocumentString<UpdateMallMutation, UpdateMallMutationVariables>;
export const QueueSettingsListDocument = new TypedDocumentString(`
    query QueueSettingsList($agencyId: ID) {
  queues(agencyId: $agencyId) {
    ...QueueSettingsFields
    service {
      ...QueueServiceFields
      queue {
        ...QueueStatusFields
      }
    }
  }
}
    fragment QueueSettingsFields on QueueSettings {
  id
  version
  updatedAt
  agencyId
  enabled
  prefix
  dailyQuota
  ticketHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
}
fragment QueueServiceFields on Service {
  id
  name
  agency {
    id
    name
    shortName
  }
}
fragment QueueStatusFields on ServiceQueue {
  open
  waiting
}`) as unknown as TypedDocumentString<QueueSettingsListQuery, QueueSettingsListQueryVariables>;
export const QueueServicePageDocument = new TypedDocumentString(`
    query QueueServicePage($limit: Int!, $offset: Int!, $agencyId: ID) {
  services(
    limit: $limit
    offset: $offset
    filter: {status: PUBLISHED, agencyId: $agencyId}
  ) {
    totalCount
    items {
      ...QueueServiceFields
    }
  }
}
    fragment QueueServiceFields on Service {
  id
  name
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<QueueServicePageQuery, QueueServicePageQueryVariables>;
export const QueueOneDocument = new TypedDocumentString(`
    query QueueOne($serviceId: ID!) {
  service(id: $serviceId) {
    ...QueueServiceFields
    queue {
      ...QueueStatusFields
    }
    queueSettings {
      ...QueueSettingsFields
    }
  }
}
    fragment QueueSettingsFields on QueueSettings {
  id
  version
  updatedAt
  agencyId
  enabled
  prefix
  dailyQuota
  ticketHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
}
fragment QueueServiceFields on Service {
  id
  name
  agency {
    id
    name
    shortName
  }
}
fragment QueueStatusFields on ServiceQueue {
  open
  waiting
}`) as unknown as TypedDocumentString<QueueOneQuery, QueueOneQueryVariables>;
export const UpsertQueueSettingsDocument = new TypedDocumentString(`
    mutation UpsertQueueSettings($serviceId: ID!, $version: Int, $input: QueueSettingsInput!) {
  upsertQueueSettings(serviceId: $serviceId, version: $version, input: $input) {
    ...QueueSettingsFields
    service {
      ...QueueServiceFields
      queue {
        ...QueueStatusFields
      }
    }
  }
}
    fragment QueueSettingsFields on QueueSettings {
  id
  version
  updatedAt
  agencyId
  enabled
  prefix
  dailyQuota
  ticketHours {
    days {
      weekday
      ranges {
        opens
        closes
      }
    }
  }
}
fragment QueueServiceFields on Service {
  id
  name
  agency {
    id
    name
    shortName
  }
}
fragment QueueStatusFields on ServiceQueue {
  open
  waiting
}`) as unknown as TypedDocumentString<UpsertQueueSettingsMutation, UpsertQueueSettingsMutationVariables>;
export const ServicesListDocument = new TypedDocumentString(`
    query ServicesList($limit: Int!, $offset: Int!, $filter: ServiceFilter) {
  services(limit: $limit, offset: $offset, filter: $filter) {
    items {
      ...ServicesListItem
    }
    totalCount
  }
}
    fragment ServicesListItem on Service {
  id
  version
  updatedAt
  name
  slug
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  pendingEdit {
    id
    state
  }
}`) as unknown as TypedDocumentString<ServicesListQuery, ServicesListQueryVariables>;
export const ServicesOneDocument = new TypedDocumentString(`
    query ServicesOne($id: ID!) {
  service(id: $id) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesOneQuery, ServicesOneQueryVariables>;
export const ServicesHistoryDocument = new TypedDocumentString(`
    query ServicesHistory($id: ID!, $limit: Int!, $offset: Int!) {
  service(id: $id) {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<ServicesHistoryQuery, ServicesHistoryQueryVariables>;
export const ServicesAgencyChoicesDocument = new TypedDocumentString(`
    query ServicesAgencyChoices {
  agencies {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<ServicesAgencyChoicesQuery, ServicesAgencyChoicesQueryVariables>;
export const ServicesCategoryChoicesDocument = new TypedDocumentString(`
    query ServicesCategoryChoices {
  serviceCategories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ServicesCategoryChoicesQuery, ServicesCategoryChoicesQueryVariables>;
export const ServicesCreateDocument = new TypedDocumentString(`
    mutation ServicesCreate($input: ServiceInput!) {
  createService(input: $input) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesCreateMutation, ServicesCreateMutationVariables>;
export const ServicesUpdateDocument = new TypedDocumentString(`
    mutation ServicesUpdate($id: ID!, $version: Int!, $input: ServiceInput!) {
  updateService(id: $id, version: $version, input: $input) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesUpdateMutation, ServicesUpdateMutationVariables>;
export const ServicesSubmitDocument = new TypedDocumentString(`
    mutation ServicesSubmit($id: ID!, $version: Int!) {
  submitServiceForReview(id: $id, version: $version) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesSubmitMutation, ServicesSubmitMutationVariables>;
export const ServicesPublishDocument = new TypedDocumentString(`
    mutation ServicesPublish($id: ID!, $version: Int!) {
  publishService(id: $id, version: $version) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesPublishMutation, ServicesPublishMutationVariables>;
export const ServicesReturnDocument = new TypedDocumentString(`
    mutation ServicesReturn($id: ID!, $version: Int!, $comment: String!) {
  returnServiceToDraft(id: $id, version: $version, comment: $comment) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesReturnMutation, ServicesReturnMutationVariables>;
export const ServicesDiscardEditDocument = new TypedDocumentString(`
    mutation ServicesDiscardEdit($id: ID!, $version: Int!) {
  discardServiceEdit(id: $id, version: $version) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesDiscardEditMutation, ServicesDiscardEditMutationVariables>;
export const ServicesArchiveDocument = new TypedDocumentString(`
    mutation ServicesArchive($id: ID!, $version: Int!) {
  archiveService(id: $id, version: $version) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesArchiveMutation, ServicesArchiveMutationVariables>;
export const ServicesUnarchiveDocument = new TypedDocumentString(`
    mutation ServicesUnarchive($id: ID!, $version: Int!) {
  unarchiveService(id: $id, version: $version) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesUnarchiveMutation, ServicesUnarchiveMutationVariables>;
export const ServicesRestoreRevisionDocument = new TypedDocumentString(`
    mutation ServicesRestoreRevision($serviceId: ID!, $revisionId: ID!, $version: Int!) {
  restoreServiceRevision(
    serviceId: $serviceId
    revisionId: $revisionId
    version: $version
  ) {
    ...ServicesDetail
  }
}
    fragment ServicesFee on Fee {
  isFree
  amount
  tiers {
    label
    amount
  }
  note
}
fragment ServicesActor on AuditActor {
  userId
  role
  agencyId
}
fragment ServicesDetail on Service {
  id
  version
  updatedAt
  slug
  name
  summary
  keywords
  requirements {
    description
    note
  }
  procedure {
    description
  }
  processingTime
  fee {
    ...ServicesFee
  }
  product
  complaintChannels
  legalBasis
  onlineUrl
  status
  agency {
    id
    name
    shortName
  }
  category {
    id
    name
  }
  reviewComment
  pendingEdit {
    id
    version
    state
    reviewComment
    editedBy {
      ...ServicesActor
    }
    editedAt
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
  revisions {
    id
    number
    publishedAt
    publishedBy {
      ...ServicesActor
    }
    name
    slug
    summary
    keywords
    requirements {
      description
      note
    }
    procedure {
      description
    }
    processingTime
    fee {
      ...ServicesFee
    }
    product
    complaintChannels
    legalBasis
    onlineUrl
    agency {
      id
      name
      shortName
    }
    category {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ServicesRestoreRevisionMutation, ServicesRestoreRevisionMutationVariables>;
export const SynonymGroupListDocument = new TypedDocumentString(`
    query SynonymGroupList($limit: Int!, $offset: Int!) {
  searchSynonymGroups(limit: $limit, offset: $offset) {
    totalCount
    items {
      ...SynonymGroupFields
    }
  }
}
    fragment SynonymGroupFields on SearchSynonymGroup {
  id
  version
  updatedAt
  key
  phrases
}`) as unknown as TypedDocumentString<SynonymGroupListQuery, SynonymGroupListQueryVariables>;
export const SynonymGroupOneDocument = new TypedDocumentString(`
    query SynonymGroupOne($id: ID!) {
  searchSynonymGroup(id: $id) {
    ...SynonymGroupFields
  }
}
    fragment SynonymGroupFields on SearchSynonymGroup {
  id
  version
  updatedAt
  key
  phrases
}`) as unknown as TypedDocumentString<SynonymGroupOneQuery, SynonymGroupOneQueryVariables>;
export const SynonymGroupHistoryDocument = new TypedDocumentString(`
    query SynonymGroupHistory($id: ID!, $limit: Int!, $offset: Int!) {
  searchSynonymGroup(id: $id) {
    id
    history(limit: $limit, offset: $offset) {
      ...HistoryAuditPage
    }
  }
}
    fragment HistoryAuditPage on AuditPage {
  totalCount
  items {
    id
    at
    action
    actor {
      userId
      role
      agencyId
    }
    changes {
      field
      before
      after
    }
  }
}`) as unknown as TypedDocumentString<SynonymGroupHistoryQuery, SynonymGroupHistoryQueryVariables>;
export const CreateSynonymGroupDocument = new TypedDocumentString(`
    mutation CreateSynonymGroup($input: SearchSynonymGroupInput!) {
  createSearchSynonymGroup(input: $input) {
    ...SynonymGroupFields
  }
}
    fragment SynonymGroupFields on SearchSynonymGroup {
  id
  version
  updatedAt
  key
  phrases
}`) as unknown as TypedDocumentString<CreateSynonymGroupMutation, CreateSynonymGroupMutationVariables>;
export const UpdateSynonymGroupDocument = new TypedDocumentString(`
    mutation UpdateSynonymGroup($id: ID!, $version: Int!, $phrases: [String!]!) {
  updateSearchSynonymGroup(id: $id, version: $version, phrases: $phrases) {
    ...SynonymGroupFields
  }
}
    fragment SynonymGroupFields on SearchSynonymGroup {
  id
  version
  updatedAt
  key
  phrases
}`) as unknown as TypedDocumentString<UpdateSynonymGroupMutation, UpdateSynonymGroupMutationVariables>;
export const DeleteSynonymGroupDocument = new TypedDocumentString(`
    mutation DeleteSynonymGroup($id: ID!, $version: Int!) {
  deleteSearchSynonymGroup(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteSynonymGroupMutation, DeleteSynonymGroupMutationVariables>;