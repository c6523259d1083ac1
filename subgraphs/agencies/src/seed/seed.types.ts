/** Shapes of the agencies subgraph's seed data (Paser's agencies and their gerai). */

export type AgencyKindName =
  | 'REGIONAL_GOVERNMENT'
  | 'CENTRAL_GOVERNMENT'
  | 'SOCIAL_SECURITY'
  | 'BANK'
  | 'STATE_ENTERPRISE'
  | 'OTHER';

export type BoothStatusName = 'PLANNED' | 'OPEN' | 'TEMPORARILY_CLOSED' | 'CLOSED';

export interface AgencySeed {
  /** Stable, URL-safe; the seed ID is derived from it (`agency:<slug>`). Never change a slug. */
  slug: string;
  name: string;
  shortName: string | null;
  kind: AgencyKindName;
  description: string;
  website: string | null;
  phone: string | null;
  email: string | null;
}

export interface BoothSeed {
  /** Gerai code as painted on the booth, e.g. "G-01". Unique. */
  code: string;
  agencySlug: string;
  floor: number;
  status: BoothStatusName;
  /** WITA calendar date `YYYY-MM-DD`, null while PLANNED. */
  openedOn: string | null;
}
