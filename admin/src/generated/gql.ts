/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SignedInUser on StaffUser {\n  id\n  version\n  email\n  name\n  role\n  active\n  mustChangePassword\n  agency {\n    id\n    slug\n    name\n    shortName\n  }\n}\n\nfragment Session on AuthPayload {\n  token\n  expiresAt\n  refreshToken\n  user {\n    ...SignedInUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...Session\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...Session\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SignedInUser\n  }\n}\n\nmutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...Session\n  }\n}": typeof types.SignedInUserFragmentDoc,
};
const documents: Documents = {
    "fragment SignedInUser on StaffUser {\n  id\n  version\n  email\n  name\n  role\n  active\n  mustChangePassword\n  agency {\n    id\n    slug\n    name\n    shortName\n  }\n}\n\nfragment Session on AuthPayload {\n  token\n  expiresAt\n  refreshToken\n  user {\n    ...SignedInUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...Session\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...Session\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SignedInUser\n  }\n}\n\nmutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...Session\n  }\n}": types.SignedInUserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignedInUser on StaffUser {\n  id\n  version\n  email\n  name\n  role\n  active\n  mustChangePassword\n  agency {\n    id\n    slug\n    name\n    shortName\n  }\n}\n\nfragment Session on AuthPayload {\n  token\n  expiresAt\n  refreshToken\n  user {\n    ...SignedInUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...Session\n  }\n}\n\nmutation RefreshSession($refreshToken: String!) {\n  refreshSession(refreshToken: $refreshToken) {\n    ...Session\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}\n\nquery Me {\n  me {\n    ...SignedInUser\n  }\n}\n\nmutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...Session\n  }\n}"): typeof import('./graphql').SignedInUserFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
