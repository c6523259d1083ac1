import type { RaRecord } from 'react-admin';
import { currentWorkScope, inWorkScope, type WorkScope } from '../auth/workScope';
import type { ResourceData } from '../data/resource';
import { matchesSearch, pageOf, patchOf, requireFound } from '../data/records';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import {
  QueueOneDocument,
  QueueServicePageDocument,
  QueueSettingsListDocument,
  UpsertQueueSettingsDocument,
  type QueueServiceFieldsFragment,
  type QueueSettingsFieldsFragment,
  type QueueSettingsInput,
  type QueueStatusFieldsFragment,
} from '../generated/graphql';
import { request } from '../graphql/client';
import { hoursInput, isTimeInputPath, weekOf, type WeeklyHoursValue } from '../hours/weeklyHours';

/**
 * A service and its queue as the screens use them; the id is the service's (a queue has its
 * service's id). `version` is null while the service has no queue: saving then opens one.
 */
export interface QueueRecord extends RaRecord {
  id: string;
  serviceName: string;
  agencyId: string | null;
  agencyName: string;
  hasQueue: boolean;
  version: number | null;
  updatedAt: string | null;
  enabled: boolean;
  prefix: string;
  dailyQuota: number | null;
  ticketHours: WeeklyHoursValue;
  /** A ticket can be taken now (enabled, within hours, no closed date, quota left). */
  openNow: boolean;
  waiting: number;
}

/** Which rows the list shows: every service, those with a queue, those without one yet. */
export type QueuePresence = 'withQueue' | 'withoutQueue';

interface QueueFilter {
  q?: string;
  agencyId?: string;
  presence?: QueuePresence;
}

/** The settings the form changes, in the API's input. */
const SETTINGS_FIELDS: readonly (keyof QueueSettingsInput)[] = ['enabled', 'prefix', 'dailyQuota', 'ticketHours'];

/**
 * Where a new queue starts: the mall's usual service hours (Monday to Thursday 08:00–15:00,
 * Friday with the break for Friday prayers), which the editor adjusts.
 */
export const USUAL_TICKET_HOURS: WeeklyHoursValue = weekOf({
  days: [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, ranges: [{ opens: '08:00', closes: '15:00' }] })),
    { weekday: 5, ranges: [{ opens: '08:00', closes: '11:30' }, { opens: '13:30', closes: '15:00' }] },
  ],
});

/** The API's largest page of services. */
const PAGE_LIMIT = 100;

function agencyName(service: QueueServiceFieldsFragment | null | undefined): string {
  return service?.agency?.shortName ?? service?.agency?.name ?? '';
}

function toRecord(service: QueueServiceFieldsFragment, settings: QueueSettingsFieldsFragment | null | undefined, status: QueueStatusFieldsFragment | null | undefined): QueueRecord {
  return {
    id: service.id,
    serviceName: service.name,
    agencyId: settings?.agencyId ?? service.agency?.id ?? null,
    agencyName: agencyName(service),
    hasQueue: Boolean(settings),
    version: settings?.version ?? null,
    updatedAt: settings?.updatedAt ?? null,
    enabled: settings?.enabled ?? true,
    prefix: settings?.prefix ?? '',
    dailyQuota: settings?.dailyQuota ?? null,
    ticketHours: settings ? weekOf(settings.ticketHours) : USUAL_TICKET_HOURS,
    openNow: status?.open ?? false,
    waiting: status?.waiting ?? 0,
  };
}

/** A queue whose service the catalog could not give (another subgraph down): still listed, by prefix. */
function withoutService(settings: QueueSettingsFieldsFragment): QueueServiceFieldsFragment {
  return { id: settings.id, name: settings.prefix, agency: null };
}

/**
 * The agency to ask for: a partner's or officer's own (the API refuses them a list of every
 * agency's queues rather than narrowing it); every agency for DPMPTSP staff.
 */
function agencyOfScope(scope: WorkScope): string | null {
  return scope.kind === 'own' ? scope.agencyId : null;
}

async function publishedServices(agencyId: string | null): Promise<QueueServiceFieldsFragment[]> {
  const services: QueueServiceFieldsFragment[] = [];
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const page = (await request(QueueServicePageDocument, { limit: PAGE_LIMIT, offset, agencyId })).services;
    services.push(...page.items);
    if (offset + PAGE_LIMIT >= page.totalCount) return services;
  }
}

/**
 * Every queue in the user's scope and every published service in it without one (where a
 * queue can be opened), filtered here: the API lists queues whole, and services a hundred at a
 * time (a mall has a few dozen). A queue whose service is no longer published stays listed.
 */
async function queuesInScope(filter: QueueFilter): Promise<QueueRecord[]> {
  const scope = await currentWorkScope();
  const agencyId = agencyOfScope(scope);
  const [{ queues }, services] = await Promise.all([request(QueueSettingsListDocument, { agencyId }), filter.presence === 'withQueue' ? [] : publishedServices(agencyId)]);
  const records = new Map<string, QueueRecord>();
  for (const settings of queues) records.set(settings.id, toRecord(settings.service ?? withoutService(settings), settings, settings.service?.queue));
  for (const service of services) if (!records.has(service.id)) records.set(service.id, toRecord(service, null, null));
  return [...records.values()].filter(
    (record) =>
      inWorkScope(scope, record.agencyId) &&
      (!filter.presence || record.hasQueue === (filter.presence === 'withQueue')) &&
      (!filter.agencyId || record.agencyId === filter.agencyId) &&
      matchesSearch(filter.q, [record.serviceName, record.agencyName, record.prefix]),
  );
}

async function loadQueue(serviceId: string): Promise<QueueRecord> {
  const [{ service }, scope] = await Promise.all([request(QueueOneDocument, { serviceId }), currentWorkScope()]);
  const found = requireFound(service);
  const record = toRecord(found, found.queueSettings, found.queue);
  // Another agency's service: "not found", as the API answers for the settings it hides.
  return requireFound(inWorkScope(scope, record.agencyId) ? record : null);
}

/** The form's settings as the API takes them. */
function settingsInput(values: Partial<QueueSettingsInput>): QueueSettingsInput {
  const input: QueueSettingsInput = { ...values };
  if (typeof values.prefix === 'string') input.prefix = values.prefix.trim().toUpperCase();
  if (values.ticketHours) input.ticketHours = hoursInput(values.ticketHours);
  return input;
}

/**
 * A refused setting goes on its input: a new queue's `serviceId`, `prefix`, `dailyQuota`,
 * `enabled`, and each time of the ticket hours by its path, which the form's inputs share
 * (hours/weeklyHours.ts). A path no input shows (a whole day's ranges) is left to the notification.
 * A time the form lets through is refused for overlapping another range (the form checks the
 * rest): its input says so in a few words, the notification gives the API's whole sentence.
 */
export const QUEUE_FIELD_ERRORS: FieldErrorOptions = {
  formField: (apiField) => (['serviceId', 'enabled', 'prefix', 'dailyQuota'].includes(apiField) || isTimeInputPath(apiField, 'ticketHours') ? apiField : null),
  message: (error, formField) => (formField === 'prefix' || formField === 'dailyQuota' ? `mpp.queues.invalid.${formField}` : formField.startsWith('ticketHours') ? 'mpp.queues.invalid.time' : error.message),
};

/** Opens the service's queue (no version: none was read) or saves the changed settings with the version read. */
async function saveSettings(serviceId: string, version: number | null, input: QueueSettingsInput): Promise<QueueRecord> {
  const { upsertQueueSettings: saved } = await withFieldErrors(request(UpsertQueueSettingsDocument, { serviceId, version, input }), QUEUE_FIELD_ERRORS);
  const service = saved.service ?? withoutService(saved);
  return toRecord(service, saved, saved.service?.queue);
}

export const queuesData = {
  async getList(_resource, params) {
    return pageOf(await queuesInScope(params.filter as QueueFilter), params);
  },
  async getOne(_resource, params) {
    return { data: await loadQueue(String(params.id)) };
  },
  /** The services picked in inputs (a counter's services, the service of a new queue). */
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await queuesInScope({})).filter((record) => wanted.has(record.id)) };
  },
  /** Opens a queue for a service that has none: every setting is sent. */
  async create(_resource, params) {
    const values = params.data as Partial<QueueRecord> & { serviceId?: string };
    const serviceId = String(values.serviceId ?? '');
    const input = settingsInput({ enabled: values.enabled ?? true, prefix: values.prefix, dailyQuota: values.dailyQuota ?? null, ticketHours: values.ticketHours ?? USUAL_TICKET_HOURS });
    return { data: await saveSettings(serviceId, null, input) };
  },
  /** A patch of what the form changed; a service still without a queue gets one (every setting sent). */
  async update(_resource, params) {
    const previous = params.previousData as QueueRecord;
    const data = params.data as Record<string, unknown>;
    const input =
      previous.version === null
        ? settingsInput({ enabled: data.enabled as boolean, prefix: data.prefix as string, dailyQuota: (data.dailyQuota as number | null) ?? null, ticketHours: data.ticketHours as WeeklyHoursValue })
        : settingsInput(patchOf<QueueSettingsInput>(data, previous, SETTINGS_FIELDS));
    return { data: await saveSettings(String(params.id), previous.version, input) };
  },
} as ResourceData;
