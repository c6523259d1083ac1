import type { FeatureMessages } from '../feature';

/**
 * Words every feature shares, under `mpp.*`: the names of the API's enums (keys are the enum
 * values exactly as gateway/api-schema.graphql spells them, so a screen translates
 * `mpp.status.${record.status}` without a mapping of its own), a sentence for each API error
 * code a user may meet, and a few common words. Features use these keys and do not redefine them.
 */
const id = {
  mpp: {
    role: {
      ADMIN: 'Administrator',
      EDITOR: 'Editor',
      PARTNER: 'Mitra',
      OFFICER: 'Petugas loket',
    },
    status: {
      DRAFT: 'Draf',
      IN_REVIEW: 'Menunggu tinjauan',
      PUBLISHED: 'Terbit',
      ARCHIVED: 'Diarsipkan',
    },
    editState: {
      EDITING: 'Sedang diubah',
      IN_REVIEW: 'Menunggu tinjauan',
      RETURNED: 'Dikembalikan untuk diperbaiki',
    },
    agencyKind: {
      REGIONAL_GOVERNMENT: 'Pemerintah daerah',
      CENTRAL_GOVERNMENT: 'Instansi pemerintah pusat',
      SOCIAL_SECURITY: 'Jaminan sosial',
      BANK: 'Bank',
      STATE_ENTERPRISE: 'Badan Usaha Milik Negara (BUMN)',
      OTHER: 'Lainnya',
    },
    boothStatus: {
      PLANNED: 'Direncanakan',
      OPEN: 'Buka',
      TEMPORARILY_CLOSED: 'Tutup sementara',
      CLOSED: 'Tutup permanen',
    },
    counterStatus: {
      OPEN: 'Buka',
      PAUSED: 'Jeda',
      CLOSED: 'Tutup',
    },
    ticketStatus: {
      WAITING: 'Menunggu',
      CALLED: 'Dipanggil',
      SERVING: 'Sedang dilayani',
      DONE: 'Selesai',
      NO_SHOW: 'Tidak hadir',
      CANCELLED: 'Dibatalkan',
      EXPIRED: 'Kedaluwarsa',
    },
    ticketChannel: {
      KIOSK: 'Kiosk',
      ONLINE: 'Daring',
      COUNTER: 'Loket',
    },
    facilityKind: {
      ATM: 'ATM',
      CAFETERIA: 'Kafetaria',
      MINIMARKET: 'Minimarket',
      SMOKING_AREA: 'Area merokok',
      PRAYER_ROOM: 'Musala',
      LACTATION_ROOM: 'Ruang laktasi',
      PARKING: 'Parkir',
      TOILET: 'Toilet',
      WAITING_AREA: 'Ruang tunggu',
      CHILDREN_AREA: 'Area bermain anak',
      ACCESSIBILITY: 'Aksesibilitas',
      OTHER: 'Lainnya',
    },
    facilityStatus: {
      OPERATIONAL: 'Beroperasi',
      OUT_OF_SERVICE: 'Tidak berfungsi',
      CLOSED: 'Tutup',
    },
    error: {
      BAD_USER_INPUT: 'Ada isian yang belum sesuai ketentuan. Periksa isian yang ditandai, lalu simpan lagi.',
      UNAUTHENTICATED: 'Sesi Anda telah berakhir, silakan masuk kembali.',
      FORBIDDEN: 'Peran Anda tidak berwenang melakukan tindakan ini. Hubungi editor atau administrator bila perlu.',
      NOT_FOUND: 'Data tidak ditemukan. Mungkin sudah dihapus, atau Anda tidak berwenang melihatnya.',
      CONFLICT:
        'Data ini sudah diubah orang lain sejak Anda membukanya. Isian Anda tetap di formulir; muat ulang data terbaru untuk membandingkan, lalu simpan lagi.',
      RATE_LIMITED: 'Terlalu banyak percobaan masuk yang gagal. Tunggu satu menit, lalu coba lagi.',
      SERVICE_UNAVAILABLE: 'Layanan sedang tidak dapat memeriksa sesi Anda. Tunggu sebentar, lalu coba lagi.',
      GRAPHQL_PARSE_FAILED: 'Permintaan tidak dapat dibaca oleh server. Muat ulang halaman, lalu coba lagi.',
      GRAPHQL_VALIDATION_FAILED: 'Permintaan tidak sesuai dengan versi server saat ini. Muat ulang halaman, lalu coba lagi.',
      BAD_REQUEST: 'Permintaan ditolak oleh server. Muat ulang halaman, lalu coba lagi.',
      INTERNAL_SERVER_ERROR: 'Terjadi kesalahan pada server. Coba lagi beberapa saat lagi; bila berulang, hubungi administrator.',
      NETWORK_ERROR: 'Server tidak dapat dihubungi. Periksa koneksi jaringan Anda, lalu coba lagi.',
    },
    common: {
      yes: 'Ya',
      no: 'Tidak',
      none: 'Tidak ada',
      all: 'Semua',
      retry: 'Coba lagi',
      reloadLatest: 'Muat ulang data terbaru',
      wita: 'WITA',
    },
  },
};

/** Same keys as `id`: the type makes a missing or extra English key a compile error. */
const en: typeof id = {
  mpp: {
    role: {
      ADMIN: 'Administrator',
      EDITOR: 'Editor',
      PARTNER: 'Partner',
      OFFICER: 'Service desk officer',
    },
    status: {
      DRAFT: 'Draft',
      IN_REVIEW: 'Awaiting review',
      PUBLISHED: 'Published',
      ARCHIVED: 'Archived',
    },
    editState: {
      EDITING: 'Being edited',
      IN_REVIEW: 'Awaiting review',
      RETURNED: 'Returned for changes',
    },
    agencyKind: {
      REGIONAL_GOVERNMENT: 'Regional government',
      CENTRAL_GOVERNMENT: 'Central government agency',
      SOCIAL_SECURITY: 'Social security',
      BANK: 'Bank',
      STATE_ENTERPRISE: 'State-owned enterprise (BUMN)',
      OTHER: 'Other',
    },
    boothStatus: {
      PLANNED: 'Planned',
      OPEN: 'Open',
      TEMPORARILY_CLOSED: 'Temporarily closed',
      CLOSED: 'Permanently closed',
    },
    counterStatus: {
      OPEN: 'Open',
      PAUSED: 'Paused',
      CLOSED: 'Closed',
    },
    ticketStatus: {
      WAITING: 'Waiting',
      CALLED: 'Called',
      SERVING: 'Being served',
      DONE: 'Done',
      NO_SHOW: 'No-show',
      CANCELLED: 'Cancelled',
      EXPIRED: 'Expired',
    },
    ticketChannel: {
      KIOSK: 'Kiosk',
      ONLINE: 'Online',
      COUNTER: 'Counter',
    },
    facilityKind: {
      ATM: 'ATM',
      CAFETERIA: 'Cafeteria',
      MINIMARKET: 'Minimarket',
      SMOKING_AREA: 'Smoking area',
      PRAYER_ROOM: 'Prayer room',
      LACTATION_ROOM: 'Lactation room',
      PARKING: 'Parking',
      TOILET: 'Toilet',
      WAITING_AREA: 'Waiting area',
      CHILDREN_AREA: "Children's area",
      ACCESSIBILITY: 'Accessibility',
      OTHER: 'Other',
    },
    facilityStatus: {
      OPERATIONAL: 'Operational',
      OUT_OF_SERVICE: 'Out of service',
      CLOSED: 'Closed',
    },
    error: {
      BAD_USER_INPUT: 'Some input does not meet the rules. Check the highlighted fields, then save again.',
      UNAUTHENTICATED: 'Your session has ended, please sign in again.',
      FORBIDDEN: 'Your role may not do this. Ask an editor or an administrator if it is needed.',
      NOT_FOUND: 'Not found. It may have been deleted, or you may not be allowed to see it.',
      CONFLICT:
        'Someone else changed this record since you opened it. Your input is still in the form; reload the latest data to compare, then save again.',
      RATE_LIMITED: 'Too many failed sign-in attempts. Wait a minute, then try again.',
      SERVICE_UNAVAILABLE: 'The platform cannot check your session right now. Wait a moment, then try again.',
      GRAPHQL_PARSE_FAILED: 'The server could not read the request. Reload the page, then try again.',
      GRAPHQL_VALIDATION_FAILED: 'The request does not match the current server version. Reload the page, then try again.',
      BAD_REQUEST: 'The server refused the request. Reload the page, then try again.',
      INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Try again in a moment; if it keeps happening, contact an administrator.',
      NETWORK_ERROR: 'The server cannot be reached. Check your network connection, then try again.',
    },
    common: {
      yes: 'Yes',
      no: 'No',
      none: 'None',
      all: 'All',
      retry: 'Try again',
      reloadLatest: 'Reload latest data',
      wita: 'WITA',
    },
  },
};

export const commonMessages = { id, en } satisfies FeatureMessages;

/**
 * The translation key of an API error code (ApiError.code); a code this file does not know
 * (a new server code, a bug) gets the generic server error rather than a raw key on screen.
 */
export function apiErrorMessageKey(code: string | undefined): string {
  return code !== undefined && Object.hasOwn(id.mpp.error, code) ? `mpp.error.${code}` : 'mpp.error.INTERNAL_SERVER_ERROR';
}
