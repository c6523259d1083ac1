/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ADMIN: DPMPTSP managers, everything and accounts. EDITOR: DPMPTSP editors, the catalog, agencies, facilities. PARTNER: one agency's own services, booths and facilities. OFFICER: queue work at one agency's counters. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'OFFICER'
  | 'PARTNER';

export type SignedInUserFragment = { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null };

export type SessionFragment = { token: string, expiresAt: string, refreshToken: string, user: { id: string, version: number, email: string, name: string, role: Role, active: boolean, mustChangePassword: boolean, agency: { id: string, slug: string, name: string, shortName: string | null } | null } };

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
export const SessionFragmentDoc = new TypedDocumentString(`
    fragment Session on AuthPayload {
  token
  expiresAt
  refreshToken
  user {
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
}`, {"fragmentName":"Session"}) as unknown as TypedDocumentString<SessionFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...Session
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
}
fragment Session on AuthPayload {
  token
  expiresAt
  refreshToken
  user {
    ...SignedInUser
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...Session
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
}
fragment Session on AuthPayload {
  token
  expiresAt
  refreshToken
  user {
    ...SignedInUser
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
    ...Session
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
}
fragment Session on AuthPayload {
  token
  expiresAt
  refreshToken
  user {
    ...SignedInUser
  }
}`) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;