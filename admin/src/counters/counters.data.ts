import type { RaRecord } from 'react-admin';
import { currentWorkScope, inWorkScope, type WorkScope } from '../auth/workScope';
import type { ResourceData } from '../data/resource';
import { matchesSearch, pageOf, patchOf, requireFound, versionRead } from '../data/records';
import { onInputs, withFieldErrors } from '../data/saveErrors';
import { CounterListDocument, CounterOneDocument, CreateCounterDocument, UpdateCounterDocument, type CounterFieldsFragment, type CounterInput, type CounterStatus } from '../generated/graphql';
import { request } from '../graphql/client';

/** A counter (loket) as the screens use it: its booth, agency and services flattened. */
export interface CounterRecord extends RaRecord {
  id: string;
  version: number;
  updatedAt: string;
  name: string;
  agencyId: string;
  agencyName: string;
  floor: number;
  status: CounterStatus;
  boothId: string | null;
  boothCode: string;
  serviceIds: string[];
  serviceNames: string[];
  /** Each service's queue prefix (as its tickets show it) and name, in the counter's order. */
  services: { prefix: string; name: string }[];
  /** Someone is signed in (staff who may see it); their name where the API shows it to the user. */
  officerId: string | null;
  officerName: string | null;
}

/** The API's counter statuses, in the order of a working day. */
export const COUNTER_STATUSES: readonly CounterStatus[] = ['OPEN', 'PAUSED', 'CLOSED'];

/** What the form sets: the API's input fields. */
const COUNTER_FIELDS: readonly (keyof CounterInput)[] = ['name', 'boothId', 'serviceIds'];

interface CounterFilter {
  q?: string;
  status?: CounterStatus;
  agencyId?: string;
}

function toRecord(counter: CounterFieldsFragment): CounterRecord {
  const agency = counter.booth?.agency;
  return {
    id: counter.id,
    version: counter.version,
    updatedAt: counter.updatedAt,
    name: counter.name,
    agencyId: counter.agencyId,
    agencyName: agency?.shortName ?? agency?.name ?? '',
    floor: counter.floor,
    status: counter.status,
    boothId: counter.booth?.id ?? null,
    boothCode: counter.booth?.code ?? '',
    serviceIds: counter.services.map((service) => service.id),
    serviceNames: counter.services.map((service) => service.name ?? ''),
    services: counter.services.map((service) => ({ prefix: service.queue?.prefix ?? '', name: service.name ?? '' })),
    officerId: counter.officerId?.id ?? null,
    officerName: counter.officer?.name ?? null,
  };
}

function agencyOfScope(scope: WorkScope): string | null {
  return scope.kind === 'own' ? scope.agencyId : null;
}

/**
 * The counters the user works on (every counter for DPMPTSP staff, a partner's or officer's
 * own agency's), searched and filtered here: the API lists them whole (a few dozen).
 */
async function countersInScope(filter: CounterFilter): Promise<CounterRecord[]> {
  const scope = await currentWorkScope();
  const { counters } = await request(CounterListDocument, { agencyId: agencyOfScope(scope) });
  return counters
    .map(toRecord)
    .filter(
      (counter) =>
        inWorkScope(scope, counter.agencyId) &&
        (!filter.status || counter.status === filter.status) &&
        (!filter.agencyId || counter.agencyId === filter.agencyId) &&
        matchesSearch(filter.q, [counter.name, counter.boothCode, counter.agencyName, ...counter.serviceNames]),
    );
}

/**
 * A refused field goes on its input, with the screens' own sentence for it; a refused service
 * (`serviceIds.1`) on the services input. The notification adds the API's precise reason.
 */
const COUNTER_FIELD_ERRORS = onInputs(COUNTER_FIELDS, (_error, field) => `mpp.counters.invalid.${field}`);

export const countersData = {
  async getList(_resource, params) {
    return pageOf(await countersInScope(params.filter as CounterFilter), params);
  },
  async getOne(_resource, params) {
    const [{ counter }, scope] = await Promise.all([request(CounterOneDocument, { id: String(params.id) }), currentWorkScope()]);
    const record = counter ? toRecord(counter) : null;
    return { data: requireFound(record && inWorkScope(scope, record.agencyId) ? record : null) };
  },
  async getMany(_resource, params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await countersInScope({})).filter((counter) => wanted.has(counter.id)) };
  },
  async create(_resource, params) {
    const data = params.data as Partial<CounterRecord>;
    const input: CounterInput = { name: data.name?.trim(), boothId: data.boothId, serviceIds: data.serviceIds ?? [] };
    const { createCounter } = await withFieldErrors(request(CreateCounterDocument, { input }), COUNTER_FIELD_ERRORS);
    return { data: toRecord(createCounter) };
  },
  async update(_resource, params) {
    const input = patchOf<CounterInput>(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>, COUNTER_FIELDS);
    if (typeof input.name === 'string') input.name = input.name.trim();
    const { updateCounter } = await withFieldErrors(request(UpdateCounterDocument, { id: String(params.id), version: versionRead(params.previousData), input }), COUNTER_FIELD_ERRORS);
    return { data: toRecord(updateCounter) };
  },
} as ResourceData;
