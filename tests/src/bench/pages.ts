/**
 * The operations the benchmark sends: the public pages frontends read thousands of times for
 * every edit, and the staff read no cache may serve.
 */
import type { Operation } from './load';

export interface Page {
  name: string;
  operation: Operation;
}

/** The catalog page of the public website and kiosks: crosses catalog and agencies. */
export const CATALOG_PAGE: Operation = {
  query: '{ services(limit: 20) { totalCount items { name summary fee { amount } agency { name } category { name } } } }',
};

/**
 * The subgraphs the catalog page's query plan asks. Its statements are counted there only:
 * statements elsewhere in the same moment are other work (the facilities subgraph's refresh of
 * its closed dates, read from queueing through the gateway now and then).
 */
export const CATALOG_PAGE_SUBGRAPHS = ['catalog', 'agencies'];

/** The catalog page at a given size, for counting statements per request. */
export const CATALOG_PAGE_OF = (limit: number): Operation => ({
  query: 'query($limit: Int!) { services(limit: $limit) { totalCount items { name summary fee { amount } agency { name } category { name } } } }',
  variables: { limit },
});

/** A service's page: what to bring, what it costs, where and how long the queue is. Crosses catalog, agencies and queueing. */
export const SERVICE_PAGE = (slug: string): Operation => ({
  query: `query($slug: String!) { service(slug: $slug) {
    name summary processingTime product onlineUrl complaintChannels legalBasis
    requirements { description note } procedure { description }
    fee { isFree amount note tiers { label amount } }
    category { name }
    agency { name shortName phone booths { code floor status } }
    queue { prefix open waiting estimatedWaitMinutes }
  } }`,
  variables: { slug },
});

/** The agency directory: every agency with its booths and services. Crosses agencies and catalog. */
export const AGENCY_DIRECTORY: Operation = {
  query: '{ agencies { name shortName kind phone website booths { code floor status } services { name fee { amount } } } }',
};

/** A single-subgraph page (catalog only), read with a staff token: the path no cache serves. */
export const STAFF_CATALOG_PAGE: Operation = {
  query: '{ services(limit: 20) { totalCount items { name summary fee { amount } category { name } } } }',
};
