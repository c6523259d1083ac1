/*
 * @mpp/kit/subgraph — what a subgraph is built from: its database (MikroORM on SQLite or
 * MySQL/MariaDB, portable migrations, versioned records, plain records for public reads, the
 * unit of work, daily counters), the audit trail, the request context with its loaders, the
 * federated schema (with the shared GraphQL types of weekly hours) and the subgraph server with
 * its cache policy.
 *
 * Importing it registers what type-graphql and MikroORM need process-wide: reflect-metadata
 * and the Role and ActorRole enums. That is why it is an entry point of its own.
 */
import 'reflect-metadata';
import './schema/role-enum';

export * from './context/request-context';
export * from './database/database';
export * from './database/portable-migration';
export * from './database/query-log';
export * from './database/reading-order';
export * from './database/versioned-record';
export * from './database/plain-records';
export * from './database/unit-of-work';
export * from './database/daily-counter';
export * from './database/running-lock';
export * from './audit/audit-record.entity';
export * from './audit/audit';
export * from './paging/page-args';
export * from './schema/federated-schema';
export * from './schema/scalars';
export * from './schema/weekly-hours.types';
export * from './server/cache-policy';
export * from './server/subgraph-definition';
export * from './server/subgraph-server';
