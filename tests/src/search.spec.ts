import { testDatabaseTargets } from '@mpp/kit/testing';
import { graphql } from './generated';
import { TestPlatformRun } from './support/platform';

const SearchServices = graphql(`
  query SearchServices($search: String!, $limit: Int, $offset: Int, $agencyId: ID) {
    services(filter: { search: $search, agencyId: $agencyId }, limit: $limit, offset: $offset) {
      totalCount
      items { slug name agency { name booths { code } } }
    }
  }
`);

interface SearchCase {
  query: string;
  /** The service expected first (any of these, where two are equally right). */
  first: string | string[];
  /** Services expected among the first three. */
  top3?: string[];
  kind: string;
}

/** How citizens type, and what they should find. Slugs are the seed's. */
const CASES: SearchCase[] = [
  { kind: 'everyday words', query: 'perpanjang sim', first: 'perpanjangan-sim' },
  { kind: 'everyday words', query: 'bikin sim', first: 'sim-baru', top3: ['perpanjangan-sim'] },
  { kind: 'everyday words', query: 'bikin paspor', first: 'paspor-elektronik', top3: ['paspor-biasa', 'paspor-hilang-rusak'] },
  { kind: 'everyday words', query: 'paspor hilang', first: 'paspor-hilang-rusak' },
  { kind: 'everyday words', query: 'ktp hilang', first: 'ktp-el-rusak-hilang' },
  { kind: 'everyday words', query: 'akte lahir anak', first: 'akta-kelahiran', top3: ['kartu-identitas-anak'] },
  { kind: 'everyday words', query: 'kk hilang', first: 'kartu-keluarga' },
  { kind: 'everyday words', query: 'daftar bpjs', first: ['bpjs-ketenagakerjaan-pendaftaran-bpu', 'bpjs-kesehatan-pendaftaran-mandiri'], top3: ['bpjs-ketenagakerjaan-pendaftaran-bpu', 'bpjs-kesehatan-pendaftaran-mandiri'] },
  { kind: 'everyday words', query: 'surat kelakuan baik', first: 'skck', top3: ['sk-tidak-pernah-dipidana'] },
  { kind: 'everyday words', query: 'nikah', first: 'pendaftaran-nikah', top3: ['isbat-nikah'] },
  { kind: 'everyday words', query: 'cerai', first: 'cerai-gugat' },
  { kind: 'everyday words', query: 'buka rekening bri', first: 'bri-pembukaan-rekening' },
  { kind: 'everyday words', query: 'pinjaman usaha', first: ['bni-kur', 'mandiri-kur', 'bankaltimtara-kur', 'bri-kur-mikro'] },
  { kind: 'everyday words', query: 'klaim jht', first: 'bpjs-ketenagakerjaan-klaim-jht' },
  { kind: 'everyday words', query: 'pasang listrik', first: 'pln-pasang-baru-tambah-daya' },
  { kind: 'everyday words', query: 'balik nama tanah', first: 'peralihan-hak-tanah' },
  { kind: 'everyday words', query: 'pajak motor', first: 'pengesahan-stnk-tahunan' },
  { kind: 'everyday words', query: 'kartu kuning', first: 'kartu-ak1' },
  { kind: 'everyday words', query: 'tilang', first: 'barang-bukti-tilang' },
  { kind: 'everyday words', query: 'sambungan air pdam', first: 'perumda-air-minum-sambungan-baru' },
  { kind: 'everyday words', query: 'sertifikat halal', first: 'bimbingan-sertifikasi-halal' },
  { kind: 'official names', query: 'akta kelahiran', first: 'akta-kelahiran' },
  { kind: 'official names', query: 'Kartu Keluarga', first: 'kartu-keluarga' },
  { kind: 'abbreviations', query: 'skck', first: 'skck' },
  { kind: 'abbreviations', query: 'imb', first: 'pbg' },
  { kind: 'abbreviations', query: 'npwp', first: 'npwp' },
  { kind: 'abbreviations', query: 'e-ktp', first: 'ktp-el', top3: ['ktp-el-rusak-hilang'] },
  { kind: 'abbreviations', query: 'KTP-el rusak', first: 'ktp-el-rusak-hilang' },
  { kind: 'prefixes', query: 'perpanj', first: 'perpanjangan-sim', top3: ['stnk-lima-tahunan'] },
  { kind: 'misspellings', query: 'pasport', first: ['paspor-elektronik', 'paspor-biasa', 'paspor-hilang-rusak'], top3: ['paspor-elektronik', 'paspor-biasa', 'paspor-hilang-rusak'] },
  { kind: 'misspellings', query: 'perpanjnagan sim', first: 'perpanjangan-sim' },
  { kind: 'misspellings', query: 'akta kelahrian', first: 'akta-kelahiran' },
  { kind: 'English', query: 'passport', first: ['paspor-elektronik', 'paspor-biasa', 'paspor-hilang-rusak'], top3: ['paspor-elektronik', 'paspor-biasa', 'paspor-hilang-rusak'] },
  { kind: 'English', query: 'driving license', first: ['sim-baru', 'perpanjangan-sim'], top3: ['sim-baru', 'perpanjangan-sim'] },
  { kind: 'English', query: 'birth certificate', first: 'akta-kelahiran' },
  { kind: 'English', query: 'divorce', first: 'cerai-gugat' },
  { kind: 'five words', query: 'mau perpanjang sim yang sudah mati', first: 'perpanjangan-sim' },
  { kind: 'five words', query: 'cara daftar bpjs kesehatan mandiri', first: 'bpjs-kesehatan-pendaftaran-mandiri' },
  { kind: 'five words', query: 'konsultasi hukum gratis di kejaksaan', first: 'konsultasi-hukum-kejaksaan' },
];

/** Queries for which the catalog has nothing: an empty page, not noise. */
const NOTHING = ['pizza', 'tiket pesawat', 'restoran padang', 'xyzzy'];

describe.each(testDatabaseTargets())('citizen search through the gateway on $label', ({ databaseUrl }) => {
  let platform: TestPlatformRun;
  const outcomes: { query: string; first: boolean; top3: boolean }[] = [];

  beforeAll(async () => {
    platform = await TestPlatformRun.start(databaseUrl);
  });

  afterAll(async () => {
    await platform?.stop();
    const first = outcomes.filter((outcome) => outcome.first).length;
    const top3 = outcomes.filter((outcome) => outcome.top3).length;
    process.stdout.write(`search table on ${databaseUrl ? 'mysql' : 'sqlite'}: rank 1 ${first}/${outcomes.length}, top 3 ${top3}/${outcomes.length}\n`);
  });

  it.each(CASES)('[$kind] "$query"', async ({ query, first, top3 }) => {
    const { data, errors } = await platform.execute(SearchServices, { search: query, limit: 10 });
    expect(errors).toBeUndefined();
    const slugs = data!.services.items.map((item) => item.slug);
    const firstChoices = ([] as string[]).concat(first);
    const firstThree = slugs.slice(0, 3);
    const firstOk = firstChoices.includes(slugs[0]);
    const top3Ok = firstChoices.some((slug) => firstThree.includes(slug)) && (top3 ?? []).every((slug) => firstThree.includes(slug));
    outcomes.push({ query, first: firstOk, top3: top3Ok });
    expect({ query, first: slugs[0] }).toEqual({ query, first: firstOk ? slugs[0] : first });
    expect({ query, top3: top3Ok ? 'as expected' : firstThree }).toEqual({ query, top3: 'as expected' });
  });

  it.each(NOTHING)('finds nothing for "%s"', async (query) => {
    const { data, errors } = await platform.execute(SearchServices, { search: query });
    expect(errors).toBeUndefined();
    expect(data!.services).toEqual({ totalCount: 0, items: [] });
  });

  it('pages search results with a total of all matches, in rank order', async () => {
    const all = await platform.execute(SearchServices, { search: 'nikah', limit: 100 });
    const total = all.data!.services.totalCount;
    expect(total).toBe(all.data!.services.items.length);
    expect(total).toBeGreaterThan(3);
    const second = await platform.execute(SearchServices, { search: 'nikah', limit: 2, offset: 2 });
    expect(second.data!.services.totalCount).toBe(total);
    expect(second.data!.services.items.map((item) => item.slug)).toEqual(all.data!.services.items.slice(2, 4).map((item) => item.slug));
  });

  it('combines search with the other filters', async () => {
    const agencies = (await platform.post('{ bri: agency(slug: "bri") { id } polres: agency(slug: "polres") { id } }')).data;
    const everywhere = await platform.execute(SearchServices, { search: 'buka rekening', limit: 100 });
    const slugs = everywhere.data!.services.items.map((item) => item.slug);
    // Several banks match, so the agency filter has something to remove.
    expect(slugs).toContain('bri-pembukaan-rekening');
    expect(slugs.length).toBeGreaterThan(1);
    const own = await platform.execute(SearchServices, { search: 'buka rekening', agencyId: agencies.bri.id });
    expect(own.data!.services).toEqual({ totalCount: 1, items: [expect.objectContaining({ slug: 'bri-pembukaan-rekening' })] });
    const police = await platform.execute(SearchServices, { search: 'buka rekening', agencyId: agencies.polres.id });
    expect(police.data!.services).toEqual({ totalCount: 0, items: [] });
  });

  it('never returns unpublished services to the public', async () => {
    for (const query of ['brimo', 'pengaduan jkn', 'klaim pensiun taspen', 'izin reklame']) {
      const { data } = await platform.execute(SearchServices, { search: query, limit: 100 });
      expect(data!.services.items.map((item) => item.slug)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(registrasi-brimo|pengaduan-layanan-jkn|klaim-pensiun-taspen-lama|izin-reklame)$/)]),
      );
    }
  });

  it('answers the issue\'s example with the SIM renewal first, its agency and booths', async () => {
    const { data } = await platform.post('{ services(filter: { search: "perpanjang sim" }, limit: 3) { items { name agency { name booths { code } } } } }');
    expect(data.services.items[0].name).toMatch(/^Perpanjangan SIM/);
    expect(data.services.items[0].agency.name).toMatch(/Polres|Kepolisian/);
    expect(data.services.items[0].agency.booths.length).toBeGreaterThan(0);
  });

  it('refuses a search longer than 200 characters', async () => {
    const { errors } = await platform.execute(SearchServices, { search: 'paspor '.repeat(40) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});
