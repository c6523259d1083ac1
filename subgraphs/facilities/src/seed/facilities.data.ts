import type { WeeklyHours } from '@mpp/kit';
import { FacilityKind } from '../facilities/facility.entity';

/**
 * Seed data: the mall's profile and weekly hours, and its facilities — the ATM center (an ATM of
 * each bank of the agencies seed), the cafeteria and the minimarket with their listings, the
 * smoking area outside the building, the musala, the lactation room, parking, toilets, the
 * children's corner, the waiting area and the accessibility features.
 *
 * Sources: public reports (news of the regency's plans, June 2024) — the building in the
 * government office complex at km 5, Jl. Kesuma Bangsa, Tanah Grogot; an ATM center, a
 * cafeteria, a minimarket and a smoking area planned beside the counters.
 *
 * Unverified (belum terverifikasi): the hours, floors, places, features, the menu and its
 * prices, and the contact data are plausible sample values for editors and tenants to correct
 * in the CMS. The tenants of the cafeteria and minimarket are agencies of kind OTHER in the
 * agencies seed (`kafetaria-mpp`, `minimarket-mpp`). The national holidays are the queueing
 * seed's closed dates, which this subgraph copies (never seeded twice).
 *
 * Operators are named by the agencies seed's slugs (their ids are `seedId('agency', slug)`):
 * nothing here reads another subgraph's database.
 */

export interface MallSeed {
  name: string;
  address: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: WeeklyHours;
}

export interface FacilitySeed {
  /** Stable: the seed ID is `seedId('facility', slug)`. */
  slug: string;
  name: string;
  kind: FacilityKind;
  floor: number;
  location: string;
  description: string | null;
  /** The operating agency's slug in the agencies seed; null: DPMPTSP runs it. */
  operatorSlug: string | null;
  features: string[];
  openingHours: WeeklyHours;
  reachableFromOutside: boolean;
}

export interface ListingSeed {
  /** Stable: the seed ID is `seedId('listing', '<facility slug>/<slug>')`. */
  slug: string;
  facilitySlug: string;
  name: string;
  category: string | null;
  /** Rupiah. */
  price: number;
}

/** The same hours on each of the given weekdays. */
function week(weekdays: readonly number[], ...ranges: [opens: string, closes: string][]): WeeklyHours {
  return { days: weekdays.map((weekday) => ({ weekday, ranges: ranges.map(([opens, closes]) => ({ opens, closes })) })) };
}

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * The building: Monday to Friday, 07:30–16:00, a little before and after the counters (whose
 * queues give tickets 08:00–15:00, with a Friday-prayer break); open through that break, when
 * the musala is needed most.
 */
export const MALL_HOURS: WeeklyHours = week(MONDAY_TO_FRIDAY, ['07:30', '16:00']);

export const mallSeed: MallSeed = {
  name: 'Mal Pelayanan Publik Kabupaten Paser',
  address: 'Kompleks Perkantoran Pemerintah Kabupaten Paser, Jl. Kesuma Bangsa km 5, Tanah Grogot, Kabupaten Paser, Kalimantan Timur',
  phone: null,
  email: null,
  website: null,
  openingHours: MALL_HOURS,
};

/** The ATM center's vestibule, reached from the car park: open early to late, every day. */
const ATM_CENTER_HOURS = week(EVERY_DAY, ['06:00', '22:00']);
const ATM_CENTER = 'ATM Center, lantai 1, sisi kiri pintu masuk utama (bisa dimasuki dari halaman parkir)';

export const facilitySeeds: readonly FacilitySeed[] = [
  // The ATM center: one ATM of each bank with a gerai.
  {
    slug: 'atm-bri',
    name: 'ATM BRI',
    kind: FacilityKind.ATM,
    floor: 1,
    location: ATM_CENTER,
    description: 'Mesin setor-tarik tunai (CRM) BRI.',
    operatorSlug: 'bri',
    features: ['WITHDRAWAL', 'DEPOSIT', 'TRANSFER', 'BILL_PAYMENT', 'GPN', 'VISA', 'MASTERCARD', 'WHEELCHAIR_REACHABLE'],
    openingHours: ATM_CENTER_HOURS,
    reachableFromOutside: true,
  },
  {
    slug: 'atm-mandiri',
    name: 'ATM Mandiri',
    kind: FacilityKind.ATM,
    floor: 1,
    location: ATM_CENTER,
    description: null,
    operatorSlug: 'mandiri',
    features: ['WITHDRAWAL', 'TRANSFER', 'BILL_PAYMENT', 'CARDLESS', 'GPN', 'VISA', 'MASTERCARD'],
    openingHours: ATM_CENTER_HOURS,
    reachableFromOutside: true,
  },
  {
    slug: 'atm-bni',
    name: 'ATM BNI',
    kind: FacilityKind.ATM,
    floor: 1,
    location: ATM_CENTER,
    description: null,
    operatorSlug: 'bni',
    features: ['WITHDRAWAL', 'TRANSFER', 'BILL_PAYMENT', 'GPN', 'VISA', 'MASTERCARD'],
    openingHours: ATM_CENTER_HOURS,
    reachableFromOutside: true,
  },
  {
    slug: 'atm-bankaltimtara',
    name: 'ATM Bankaltimtara',
    kind: FacilityKind.ATM,
    floor: 1,
    location: ATM_CENTER,
    description: 'Bisa untuk setoran pajak dan retribusi daerah.',
    operatorSlug: 'bankaltimtara',
    features: ['WITHDRAWAL', 'DEPOSIT', 'TRANSFER', 'BILL_PAYMENT', 'GPN', 'WHEELCHAIR_REACHABLE'],
    openingHours: ATM_CENTER_HOURS,
    reachableFromOutside: true,
  },
  // The shops, run by the tenants of the agencies seed.
  {
    slug: 'kafetaria',
    name: 'Kafetaria MPP',
    kind: FacilityKind.CAFETERIA,
    floor: 1,
    location: 'Lantai 1, sayap belakang, di samping ruang tunggu',
    description: 'Sarapan, makan siang dan minuman untuk pengunjung dan petugas.',
    operatorSlug: 'kafetaria-mpp',
    features: ['HALAL', 'SEATING', 'TAKEAWAY', 'CASH', 'QRIS', 'WHEELCHAIR_ACCESSIBLE'],
    openingHours: week(MONDAY_TO_FRIDAY, ['07:30', '15:30']),
    reachableFromOutside: false,
  },
  {
    slug: 'minimarket',
    name: 'Minimarket MPP',
    kind: FacilityKind.MINIMARKET,
    floor: 1,
    location: 'Lantai 1, dekat pintu masuk utama',
    description: 'Meterai, map dan alat tulis, fotokopi dan cetak pas foto untuk berkas permohonan, serta makanan dan minuman ringan.',
    operatorSlug: 'minimarket-mpp',
    features: ['CASH', 'QRIS', 'PHOTOCOPY', 'PHOTO_PRINT', 'STAMPS'],
    // Closed for Friday prayers.
    openingHours: {
      days: [
        ...[1, 2, 3, 4].map((weekday) => ({ weekday, ranges: [{ opens: '07:30', closes: '16:00' }] })),
        { weekday: 5, ranges: [{ opens: '07:30', closes: '11:30' }, { opens: '13:00', closes: '16:00' }] },
      ],
    },
    reachableFromOutside: false,
  },
  // What DPMPTSP runs for every visitor.
  {
    slug: 'area-merokok',
    name: 'Area Merokok',
    kind: FacilityKind.SMOKING_AREA,
    floor: 1,
    location: 'Di luar gedung, sisi timur halaman parkir',
    description: 'Merokok hanya di sini: seluruh gedung MPP adalah kawasan tanpa rokok.',
    operatorSlug: null,
    features: ['OUTDOOR', 'ROOFED', 'SEATING'],
    openingHours: week(MONDAY_TO_FRIDAY, ['07:00', '17:00']),
    reachableFromOutside: true,
  },
  {
    slug: 'musala',
    name: 'Musala MPP',
    kind: FacilityKind.PRAYER_ROOM,
    floor: 1,
    location: 'Lantai 1, sayap timur, di belakang gerai G-12',
    description: 'Tempat salat dengan tempat wudu terpisah untuk laki-laki dan perempuan; mukena dan sarung tersedia.',
    operatorSlug: null,
    features: ['WUDU_AREA', 'PRAYER_GARMENTS', 'SEPARATE_AREAS', 'AIR_CONDITIONED'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'ruang-laktasi',
    name: 'Ruang Laktasi',
    kind: FacilityKind.LACTATION_ROOM,
    floor: 1,
    location: 'Lantai 1, di samping meja informasi (G-01)',
    description: 'Ruang tertutup untuk menyusui dan memerah ASI; kunci pintu di dalam.',
    operatorSlug: null,
    features: ['LOCKABLE_DOOR', 'SINK', 'REFRIGERATOR', 'CHANGING_TABLE', 'SEATING', 'AIR_CONDITIONED'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'parkir',
    name: 'Area Parkir',
    kind: FacilityKind.PARKING,
    floor: 1,
    location: 'Halaman depan dan sisi timur gedung',
    description: 'Parkir mobil dan sepeda motor; tempat parkir khusus penyandang disabilitas dekat pintu masuk utama.',
    operatorSlug: null,
    features: ['CAR', 'MOTORCYCLE', 'ACCESSIBLE_SPACES', 'ROOFED', 'FREE_OF_CHARGE'],
    openingHours: week(EVERY_DAY, ['06:00', '22:00']),
    reachableFromOutside: true,
  },
  {
    slug: 'toilet-lantai-1',
    name: 'Toilet Lantai 1',
    kind: FacilityKind.TOILET,
    floor: 1,
    location: 'Lantai 1, ujung sayap barat',
    description: 'Termasuk satu bilik untuk pengguna kursi roda.',
    operatorSlug: null,
    features: ['MEN', 'WOMEN', 'WHEELCHAIR_ACCESSIBLE', 'GRAB_BARS', 'CHANGING_TABLE'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'toilet-lantai-2',
    name: 'Toilet Lantai 2',
    kind: FacilityKind.TOILET,
    floor: 2,
    location: 'Lantai 2, ujung sayap barat',
    description: 'Termasuk satu bilik untuk pengguna kursi roda.',
    operatorSlug: null,
    features: ['MEN', 'WOMEN', 'WHEELCHAIR_ACCESSIBLE', 'GRAB_BARS'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'pojok-bermain-anak',
    name: 'Pojok Bermain Anak',
    kind: FacilityKind.CHILDREN_AREA,
    floor: 1,
    location: 'Lantai 1, di sudut ruang tunggu utama',
    description: 'Tempat anak bermain dan membaca selama orang tua mengurus layanan; anak tetap dalam pengawasan orang tua.',
    operatorSlug: null,
    features: ['PLAY_AREA', 'BOOKS'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'ruang-tunggu-utama',
    name: 'Ruang Tunggu Utama',
    kind: FacilityKind.WAITING_AREA,
    floor: 1,
    location: 'Lantai 1, di depan gerai G-01 sampai G-27',
    description: 'Kursi prioritas untuk lansia, penyandang disabilitas dan ibu hamil di barisan depan.',
    operatorSlug: null,
    features: ['SEATING', 'PRIORITY_SEATING', 'QUEUE_DISPLAY', 'CHARGING', 'AIR_CONDITIONED'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  // Accessibility.
  {
    slug: 'ramp-pintu-utama',
    name: 'Ramp Pintu Utama',
    kind: FacilityKind.ACCESSIBILITY,
    floor: 1,
    location: 'Pintu masuk utama, dari tempat parkir khusus disabilitas',
    description: 'Jalur landai berpegangan untuk kursi roda dan kereta bayi.',
    operatorSlug: null,
    features: ['RAMP', 'HANDRAILS'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'peminjaman-kursi-roda',
    name: 'Peminjaman Kursi Roda',
    kind: FacilityKind.ACCESSIBILITY,
    floor: 1,
    location: 'Meja informasi (G-01)',
    description: 'Kursi roda dipinjamkan gratis selama berada di MPP; tanyakan petugas informasi.',
    operatorSlug: null,
    features: ['WHEELCHAIR_LOAN', 'PRIORITY_SERVICE'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
  {
    slug: 'jalur-pemandu',
    name: 'Jalur Pemandu (Guiding Block)',
    kind: FacilityKind.ACCESSIBILITY,
    floor: 1,
    location: 'Dari pintu masuk utama ke meja informasi, ruang tunggu dan toilet lantai 1',
    description: 'Ubin pemandu bagi penyandang tunanetra.',
    operatorSlug: null,
    features: ['GUIDING_BLOCKS'],
    openingHours: MALL_HOURS,
    reachableFromOutside: false,
  },
];

export const listingSeeds: readonly ListingSeed[] = [
  // The cafeteria's menu.
  { facilitySlug: 'kafetaria', slug: 'nasi-kuning', name: 'Nasi Kuning Ikan Haruan', category: 'Makanan', price: 20000 },
  { facilitySlug: 'kafetaria', slug: 'soto-banjar', name: 'Soto Banjar', category: 'Makanan', price: 20000 },
  { facilitySlug: 'kafetaria', slug: 'nasi-goreng', name: 'Nasi Goreng Telur', category: 'Makanan', price: 18000 },
  { facilitySlug: 'kafetaria', slug: 'mie-goreng', name: 'Mie Goreng', category: 'Makanan', price: 15000 },
  { facilitySlug: 'kafetaria', slug: 'gorengan', name: 'Gorengan (3 buah)', category: 'Camilan', price: 5000 },
  { facilitySlug: 'kafetaria', slug: 'kopi-hitam', name: 'Kopi Hitam', category: 'Minuman', price: 5000 },
  { facilitySlug: 'kafetaria', slug: 'es-teh', name: 'Es Teh Manis', category: 'Minuman', price: 5000 },
  { facilitySlug: 'kafetaria', slug: 'es-jeruk', name: 'Es Jeruk', category: 'Minuman', price: 8000 },
  { facilitySlug: 'kafetaria', slug: 'air-mineral', name: 'Air Mineral 600 ml', category: 'Minuman', price: 4000 },
  // The minimarket: what an application needs, and something to drink.
  { facilitySlug: 'minimarket', slug: 'meterai', name: 'Meterai Tempel Rp10.000', category: 'Dokumen', price: 12000 },
  { facilitySlug: 'minimarket', slug: 'map-plastik', name: 'Map Plastik Kancing', category: 'Alat Tulis', price: 4000 },
  { facilitySlug: 'minimarket', slug: 'pulpen', name: 'Pulpen Hitam', category: 'Alat Tulis', price: 3000 },
  { facilitySlug: 'minimarket', slug: 'fotokopi', name: 'Fotokopi per Lembar', category: 'Jasa', price: 500 },
  { facilitySlug: 'minimarket', slug: 'pas-foto', name: 'Cetak Pas Foto 4×6 Latar Merah (4 lembar)', category: 'Jasa', price: 20000 },
  { facilitySlug: 'minimarket', slug: 'air-mineral', name: 'Air Mineral 600 ml', category: 'Makanan & Minuman', price: 4000 },
  { facilitySlug: 'minimarket', slug: 'roti', name: 'Roti Isi', category: 'Makanan & Minuman', price: 7000 },
];
