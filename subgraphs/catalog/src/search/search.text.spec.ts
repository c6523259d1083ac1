import { analyzeQuery, SynonymTable } from './search.query';
import { stem } from './search.stemmer';
import { foldText, indexTerms, splitWords } from './search.text';
import { deletionVariants, editDistance } from './search.typos';

describe('normaliser', () => {
  it.each([
    ['KTP-el', ['ktpel', 'ktp', 'el']],
    ['e-KTP', ['ektp', 'ktp']],
    ['ektp', ['ektp']],
    ['Paspor  Elektronik (Baru)', ['paspor', 'elektronik', 'baru']],
    ['SIM A, C dan D', ['sim']],
    ['Café Résumé', ['cafe', 'resume']],
    ['AK/1', ['ak1', 'ak', '1']],
    ['PBB-P2', ['pbbp2', 'pbb', 'p2']],
    ['Rp150.000/bulan', ['rp150000bulan', 'rp150000', 'bulan']],
    ['Rp1.500.000', ['rp1500000']],
    ["Livin' by Mandiri", ['livin', 'by', 'mandiri']],
  ])('%s → %j', (text, terms) => {
    expect(indexTerms(text)).toEqual(terms);
  });

  it('folds case, accents and compatibility forms', () => {
    expect(foldText('ÉKTP Ｋartu')).toBe('ektp kartu');
  });

  it('keeps the joined form first and the parts of a hyphenated word', () => {
    expect(splitWords('surat keterangan e-KTP')).toEqual([
      { joined: 'surat', parts: [] },
      { joined: 'keterangan', parts: [] },
      { joined: 'ektp', parts: ['e', 'ktp'] },
    ]);
  });
});

describe('stemmer (Sastrawi rules)', () => {
  it.each([
    ['perpanjang', 'panjang'],
    ['perpanjangan', 'panjang'],
    ['memperpanjang', 'panjang'],
    ['pembuatan', 'buat'],
    ['penerbitan', 'terbit'],
    ['pendaftaran', 'daftar'],
    ['mendaftar', 'daftar'],
    ['kelahiran', 'lahir'],
    ['kehilangan', 'hilang'],
    ['perkawinan', 'kawin'],
    ['pembukaan', 'buka'],
    ['pengambilan', 'ambil'],
    ['perizinan', 'izin'],
    ['berusaha', 'usaha'],
    ['pinjaman', 'pinjam'],
    ['keterangan', 'terang'],
    ['penggantian', 'ganti'],
    ['dipidana', 'pidana'],
    ['kematian', 'mati'],
  ])('%s → %s', (word, root) => {
    expect(stem(word)).toBe(root);
  });

  it.each(['paspor', 'rekening', 'sim', 'ak1', 'pbbp2', 'sertifikat'])('leaves %s as it is', (word) => {
    expect(stem(word)).toBe(word);
  });
});

describe('typo tolerance', () => {
  it.each([
    ['pasport', 'paspor', 1],
    ['pasport', 'passport', 1],
    ['perpanjnagan', 'perpanjangan', 1],
    ['perpanjagan', 'perpanjangan', 1],
    ['tilang', 'hilang', 1],
    ['paspor', 'paspor', 0],
    ['nikah', 'nakah', 1],
    ['kelahiran', 'kematian', 3],
  ])('distance(%s, %s) = %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('meets a typed word and a term with one typo through shared deletions', () => {
    const share = (a: string, b: string) => deletionVariants(a).some((variant) => deletionVariants(b).includes(variant));
    expect(share('perpanjnagan', 'perpanjangan')).toBe(true);
    expect(share('pasport', 'paspor')).toBe(true);
    expect(share('pasport', 'passport')).toBe(true);
    expect(share('pizza', 'paspor')).toBe(false);
  });
});

describe('query analysis', () => {
  const synonyms = new SynonymTable([
    { groupKey: 'skck', phrase: 'SKCK' },
    { groupKey: 'skck', phrase: 'surat kelakuan baik' },
    { groupKey: 'ktp', phrase: 'KTP' },
    { groupKey: 'ktp', phrase: 'KTP-el' },
    { groupKey: 'ktp', phrase: 'kartu tanda penduduk' },
    { groupKey: 'akta', phrase: 'akta' },
    { groupKey: 'akta', phrase: 'akte' },
  ]);

  it('drops what people say around their need and recognises phrases', () => {
    expect(analyzeQuery('cara bikin surat kelakuan baik', synonyms)).toEqual([
      { text: 'bikin', alternatives: [['bikin']] },
      { text: 'surat kelakuan baik', alternatives: [['surat', 'kelakuan', 'baik'], ['skck']] },
    ]);
  });

  it('widens a word by its synonyms and its hyphenated parts', () => {
    const [concept] = analyzeQuery('KTP-el', synonyms);
    expect(concept.alternatives).toEqual([['ktpel'], ['ktp'], ['kartu', 'tanda', 'penduduk'], ['ktp', 'el']]);
    expect(analyzeQuery('akte lahir', synonyms).map((c) => c.alternatives)).toEqual([[['akte'], ['akta']], [['lahir']]]);
  });

  it('finds nothing to look for in punctuation and stopwords', () => {
    expect(analyzeQuery('?? yang di !!', synonyms)).toEqual([]);
  });
});
