/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query AgencyWithServices($slug: String!) {\n    agency(slug: $slug) {\n      id\n      name\n      kind\n      booths { code floor status openedOn }\n      services { name slug fee { isFree amount tiers { label amount } note } }\n    }\n  }\n": typeof types.AgencyWithServicesDocument,
    "\n  query ServiceWithAgency($slug: String!) {\n    service(slug: $slug) {\n      name\n      processingTime\n      fee { amount tiers { label amount } }\n      category { slug name }\n      agency { slug name booths { code status agency { slug } } }\n    }\n  }\n": typeof types.ServiceWithAgencyDocument,
    "\n  query ServicesPage($filter: ServiceFilter, $limit: Int, $offset: Int) {\n    services(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items { id slug name status }\n    }\n  }\n": typeof types.ServicesPageDocument,
    "\n  query ServicesAcrossSubgraphs($limit: Int!) {\n    services(limit: $limit) {\n      items { name agency { name booths { code } } category { name } }\n    }\n  }\n": typeof types.ServicesAcrossSubgraphsDocument,
    "\n  query CategoriesWithServices {\n    serviceCategories { slug name services { slug agency { shortName } } }\n  }\n": typeof types.CategoriesWithServicesDocument,
    "\n  query SearchServices($search: String!, $limit: Int, $offset: Int, $agencyId: ID) {\n    services(filter: { search: $search, agencyId: $agencyId }, limit: $limit, offset: $offset) {\n      totalCount\n      items { slug name agency { name booths { code } } }\n    }\n  }\n": typeof types.SearchServicesDocument,
};
const documents: Documents = {
    "\n  query AgencyWithServices($slug: String!) {\n    agency(slug: $slug) {\n      id\n      name\n      kind\n      booths { code floor status openedOn }\n      services { name slug fee { isFree amount tiers { label amount } note } }\n    }\n  }\n": types.AgencyWithServicesDocument,
    "\n  query ServiceWithAgency($slug: String!) {\n    service(slug: $slug) {\n      name\n      processingTime\n      fee { amount tiers { label amount } }\n      category { slug name }\n      agency { slug name booths { code status agency { slug } } }\n    }\n  }\n": types.ServiceWithAgencyDocument,
    "\n  query ServicesPage($filter: ServiceFilter, $limit: Int, $offset: Int) {\n    services(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items { id slug name status }\n    }\n  }\n": types.ServicesPageDocument,
    "\n  query ServicesAcrossSubgraphs($limit: Int!) {\n    services(limit: $limit) {\n      items { name agency { name booths { code } } category { name } }\n    }\n  }\n": types.ServicesAcrossSubgraphsDocument,
    "\n  query CategoriesWithServices {\n    serviceCategories { slug name services { slug agency { shortName } } }\n  }\n": types.CategoriesWithServicesDocument,
    "\n  query SearchServices($search: String!, $limit: Int, $offset: Int, $agencyId: ID) {\n    services(filter: { search: $search, agencyId: $agencyId }, limit: $limit, offset: $offset) {\n      totalCount\n      items { slug name agency { name booths { code } } }\n    }\n  }\n": types.SearchServicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyWithServices($slug: String!) {\n    agency(slug: $slug) {\n      id\n      name\n      kind\n      booths { code floor status openedOn }\n      services { name slug fee { isFree amount tiers { label amount } note } }\n    }\n  }\n"): (typeof documents)["\n  query AgencyWithServices($slug: String!) {\n    agency(slug: $slug) {\n      id\n      name\n      kind\n      booths { code floor status openedOn }\n      services { name slug fee { isFree amount tiers { label amount } note } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWithAgency($slug: String!) {\n    service(slug: $slug) {\n      name\n      processingTime\n      fee { amount tiers { label amount } }\n      category { slug name }\n      agency { slug name booths { code status agency { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query ServiceWithAgency($slug: String!) {\n    service(slug: $slug) {\n      name\n      processingTime\n      fee { amount tiers { label amount } }\n      category { slug name }\n      agency { slug name booths { code status agency { slug } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesPage($filter: ServiceFilter, $limit: Int, $offset: Int) {\n    services(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items { id slug name status }\n    }\n  }\n"): (typeof documents)["\n  query ServicesPage($filter: ServiceFilter, $limit: Int, $offset: Int) {\n    services(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items { id slug name status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesAcrossSubgraphs($limit: Int!) {\n    services(limit: $limit) {\n      items { name agency { name booths { code } } category { name } }\n    }\n  }\n"): (typeof documents)["\n  query ServicesAcrossSubgraphs($limit: Int!) {\n    services(limit: $limit) {\n      items { name agency { name booths { code } } category { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesWithServices {\n    serviceCategories { slug name services { slug agency { shortName } } }\n  }\n"): (typeof documents)["\n  query CategoriesWithServices {\n    serviceCategories { slug name services { slug agency { shortName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices($search: String!, $limit: Int, $offset: Int, $agencyId: ID) {\n    services(filter: { search: $search, agencyId: $agencyId }, limit: $limit, offset: $offset) {\n      totalCount\n      items { slug name agency { name booths { code } } }\n    }\n  }\n"): (typeof documents)["\n  query SearchServices($search: String!, $limit: Int, $offset: Int, $agencyId: ID) {\n    services(filter: { search: $search, agencyId: $agencyId }, limit: $limit, offset: $offset) {\n      totalCount\n      items { slug name agency { name booths { code } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;