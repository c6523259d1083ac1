import type { CreateParams, GetListParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  AccountCreateDocument,
  AccountPageDocument,
  AccountResetPasswordDocument,
  AccountUpdateDocument,
  type AccountRecordFragment,
  type Role,
  type UpdateStaffUserInput,
} from '../generated/graphql';
import { ApiError, request } from '../graphql/client';
import type { ResourceData } from '../data/resource';
import { withFieldErrors, type FieldErrorOptions } from '../data/saveErrors';
import { ACCOUNT_FIELDS_WITH_MESSAGES } from './accountErrors';

/** The API's largest page. */
const PAGE_LIMIT = 100;

/** A staff account as the screens hold it: the API's, with its agency's id beside it (permissions, the agency input). */
export type AccountRecord = AccountRecordFragment & { agencyId: string | null };

/** The account and the temporary password the API shows once (create, reset). */
export type AccountWithPassword = AccountRecord & { temporaryPassword: string };

/** Role-dependent: PARTNER and OFFICER accounts belong to an agency; ADMIN and EDITOR (DPMPTSP staff) to none. */
export function roleHasAgency(role: Role | null | undefined): boolean {
  return role === 'PARTNER' || role === 'OFFICER';
}

function toRecord(account: AccountRecordFragment): AccountRecord {
  return { ...account, agencyId: account.agency?.id ?? null };
}

/** The form's fields the API takes for a new account. */
interface AccountFormValues {
  email?: string;
  name?: string;
  role?: Role;
  agencyId?: string | null;
  active?: boolean;
}

/** The agency to send for a role: none for DPMPTSP staff whatever the (hidden) agency input still holds. */
function agencyForRole(role: Role | undefined, agencyId: string | null | undefined): string | null {
  return roleHasAgency(role) ? (agencyId ?? null) : null;
}

async function getList(_resource: string, { pagination }: GetListParams) {
  const perPage = Math.min(pagination?.perPage ?? 25, PAGE_LIMIT);
  const page = pagination?.page ?? 1;
  const { staffUsers } = await request(AccountPageDocument, { limit: perPage, offset: (page - 1) * perPage });
  return { data: staffUsers.items.map(toRecord), total: staffUsers.totalCount };
}

/**
 * The API has no lookup of one account (accounts are few, and only administrators see them):
 * its pages are read until the account turns up.
 */
async function getOne(_resource: string, { id }: GetOneParams) {
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const { staffUsers } = await request(AccountPageDocument, { limit: PAGE_LIMIT, offset });
    const found = staffUsers.items.find((account) => account.id === String(id));
    if (found) return { data: toRecord(found) };
    if (offset + PAGE_LIMIT >= staffUsers.totalCount) throw new ApiError('not found', 'NOT_FOUND');
  }
}

async function create(_resource: string, { data }: CreateParams<AccountFormValues>) {
  const values = data ?? {};
  const input = {
    email: (values.email ?? '').trim(),
    name: (values.name ?? '').trim(),
    role: values.role ?? 'EDITOR',
    agencyId: agencyForRole(values.role, values.agencyId),
  };
  const { createStaffUser } = await withFieldErrors(request(AccountCreateDocument, { input }), ACCOUNT_FIELD_ERRORS);
  const created: AccountWithPassword = { ...toRecord(createStaffUser.user), temporaryPassword: createStaffUser.temporaryPassword };
  return { data: created };
}

/**
 * A patch of what the form changed, with the version the form read. Role and agency go
 * together: the API checks them as a pair (an editor has no agency, a partner needs one).
 */
export function accountPatch(previous: AccountRecord, values: AccountFormValues): UpdateStaffUserInput {
  const patch: UpdateStaffUserInput = {};
  if (values.email !== undefined && values.email.trim() !== previous.email) patch.email = values.email.trim();
  if (values.name !== undefined && values.name.trim() !== previous.name) patch.name = values.name.trim();
  const role = values.role ?? previous.role;
  const agencyId = values.agencyId !== undefined ? agencyForRole(role, values.agencyId) : agencyForRole(role, previous.agencyId);
  if (role !== previous.role || agencyId !== previous.agencyId) {
    patch.role = role;
    patch.agencyId = agencyId;
  }
  if (values.active !== undefined && values.active !== previous.active) patch.active = values.active;
  return patch;
}

async function update(_resource: string, { id, data, previousData }: UpdateParams<AccountRecord>) {
  const patch = accountPatch(previousData, data);
  if (Object.keys(patch).length === 0) return { data: previousData };
  const { updateStaffUser } = await withFieldErrors(request(AccountUpdateDocument, { id: String(id), version: previousData.version, input: patch }), ACCOUNT_FIELD_ERRORS);
  return { data: toRecord(updateStaffUser) };
}

/** A new temporary password for the account, which must be changed at its next sign-in. */
export async function resetAccountPassword(account: AccountRecord): Promise<AccountWithPassword> {
  const { resetStaffPassword } = await request(AccountResetPasswordDocument, { id: account.id, version: account.version });
  return { ...toRecord(resetStaffPassword.user), temporaryPassword: resetStaffPassword.temporaryPassword };
}

/** A refused account field goes on its input, with the account screens' own sentence for it. */
const ACCOUNT_FIELD_ERRORS: FieldErrorOptions = {
  formField: (apiField) => (ACCOUNT_FIELDS_WITH_MESSAGES.has(apiField) ? apiField : null),
  message: (_error, field) => `mpp.accounts.invalid.${field}`,
};

/** The accounts screens' part of the dataProvider (no delete: accounts are deactivated). */
export const accountsData = { getList, getOne, create, update } as unknown as ResourceData;
