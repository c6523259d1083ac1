import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { MigrationObject } from '@mikro-orm/core';
import type { PlatformConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { SchemaDefinition } from '../schema/federated-schema';

/** Paser's data for a subgraph: inserted on the first start of an empty database. */
export interface SubgraphSeed {
  /** True when the database holds none of this subgraph's records yet. */
  isNeeded(em: EntityManager): Promise<boolean>;
  /** Inserts every seed record that is missing (by its stable ID); running it twice changes nothing. */
  run(em: EntityManager): Promise<void>;
}

/** Everything that makes a subgraph; kit runs it (server, database, seed) the same way for all. */
export interface SubgraphDefinition extends SchemaDefinition {
  /** As in subgraphs/registry.json. */
  name: string;
  /**
   * Signs staff access tokens (the agencies subgraph alone): its process loads the staff-token
   * private key. Every other subgraph starts with public keys only.
   */
  issuesStaffTokens?: boolean;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  seed: SubgraphSeed;
  /**
   * Brings derived data up to date at every start, after migrations and the seed (e.g. a
   * search index for records made before the index existed). Must be idempotent and cheap
   * when there is nothing to do.
   */
  prepare?(em: EntityManager, environment: { config: PlatformConfig; logger: Logger }): Promise<void>;
  /**
   * Work the subgraph does beside its requests for as long as it serves (e.g. refreshing a
   * copy of another domain's public facts): started once it listens, never awaited (a start
   * does not wait for it), and stopped — the function it returns, awaited — before the
   * subgraph's database closes. Not started by `npm run migrate` or other tools.
   */
  background?(environment: { em: EntityManager; config: PlatformConfig; logger: Logger }): BackgroundWork;
}

/** Stops a subgraph's background work; resolves once nothing of it runs any more. */
export type BackgroundWork = () => Promise<void>;
