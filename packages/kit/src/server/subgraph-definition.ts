import type { EntityClass, EntityManager } from '@mikro-orm/core';
import type { MigrationObject } from '@mikro-orm/core';
import type { SubgraphName } from '../config/config';
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
  name: SubgraphName;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  seed: SubgraphSeed;
}
