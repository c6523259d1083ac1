/*
 * @mpp/kit — what every process of the platform shares and the gateway needs too:
 * configuration and the subgraph registry, the clock and the mall's time (local dates, opening
 * hours), errors, identity (viewer, tokens, permission tables), logging, ids, paging rules,
 * field rules, the plain HTTP/Apollo plumbing, and the client of the gateway's public API.
 * Importing it has no side effects and loads no ORM: subgraphs add `@mpp/kit/subgraph`, tests
 * `@mpp/kit/testing`.
 */
export * from './config/config';
export * from './config/process-keys';
export * from './registry/registry';
export * from './clock/clock';
export * from './clock/mall-time';
export * from './errors/errors';
export * from './errors/format-error';
export * from './identity/viewer';
export * from './identity/keys';
export * from './identity/tokens';
export * from './identity/internal-tokens';
export * from './identity/permissions';
export * from './identity/client-address';
export * from './ids/seed-id';
export * from './database/running-lock-name';
export * from './logging/logger';
export * from './paging/paging';
export * from './paging/lookup';
export * from './validation/fields';
export * from './server/apollo-options';
export * from './server/run-main';
export * from './server/listen';
export * from './server/public-api';
export * from './logging/request-log';
