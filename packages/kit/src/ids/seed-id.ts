import { v5 as uuidv5 } from 'uuid';

/**
 * Seed records get stable IDs derived from their kind and slug (`agency:bri`), so any
 * subgraph's seed can refer to another subgraph's records without reading its database.
 */
const MPP_SEED_NAMESPACE = '6f1d1a52-3b0e-5a54-9c11-4d5050415345';

export function seedId(kind: string, slug: string): string {
  return uuidv5(`${kind}:${slug}`, MPP_SEED_NAMESPACE);
}

export { v4 as newId, validate as isUuid } from 'uuid';
