/** Shapes of the catalog subgraph's seed data (Standar Pelayanan of the services at MPP Paser). */

export type PublishStatusName = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';

export interface CategorySeed {
  slug: string;
  name: string;
}

export interface FeeSeed {
  /** Free: amount 0 and no tiers. */
  isFree: boolean;
  /** Rupiah. Fixed fees: the lowest tier. Fees that depend on the case: 0 with a note. */
  amount: number;
  tiers: { label: string; amount: number }[];
  /** Explains dues, deposits, levies; says "belum terverifikasi" where the figure is unverified. */
  note: string | null;
}

export interface ServiceSeed {
  /** Stable, URL-safe; the seed ID is derived from it (`service:<slug>`). */
  slug: string;
  name: string;
  summary: string;
  /** Slug of the agency in the agencies subgraph's seed (the catalog keeps only the ID). */
  agencySlug: string;
  categorySlug: string;
  status: PublishStatusName;
  /** Editor-set search words that citizens use but the text lacks (e.g. "polisi"). */
  keywords: string[];
  /** Persyaratan, in order. */
  requirements: { description: string; note: string | null }[];
  /** Sistem, mekanisme dan prosedur, in order. */
  procedure: string[];
  /** Jangka waktu as shown to citizens. */
  processingTime: string;
  fee: FeeSeed;
  /** Produk pelayanan. */
  product: string;
  /** Penanganan pengaduan, saran dan masukan. */
  complaintChannels: string[];
  /** Dasar hukum. */
  legalBasis: string[];
  onlineUrl: string | null;
}
