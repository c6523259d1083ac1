import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import englishMessages from 'ra-language-english';
import { raIndonesian } from '../../../admin/src/i18n/ra-indonesian';
import { commonMessages } from '../../../admin/src/i18n/common.messages';
import { flattenKeys, messageAt } from '../../../admin/src/i18n/message-keys';

/**
 * The CMS's texts are complete in both languages: a key missing in one language shows the raw
 * key (`mpp.services.submit`) on screen, a lost %{placeholder} shows a sentence without its
 * number, and an enum value without a name shows the API's constant (`TEMPORARILY_CLOSED`).
 */
const root = join(__dirname, '../../..');
const adminSource = join(root, 'admin/src');

const PLURAL_SEPARATOR = ' |||| ';

function placeholders(text: string): string[] {
  return [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
}

function stringAt(messages: object, key: string): string {
  const value = messageAt(messages, key);
  if (typeof value !== 'string') throw new Error(`${key} is not a string`);
  return value;
}

/** Keys whose value is not a non-blank string (blank is allowed where the reference is blank too). */
function blankValues(messages: object, reference?: object): string[] {
  return flattenKeys(messages).filter((key) => {
    const value = messageAt(messages, key);
    if (typeof value !== 'string' || value === '') return true;
    const referenceIsBlank = reference !== undefined && typeof messageAt(reference, key) === 'string' && stringAt(reference, key).trim() === '';
    return value.trim() === '' && !referenceIsBlank;
  });
}

describe("react-admin's own texts in Indonesian", () => {
  const englishKeys = flattenKeys(englishMessages).sort();
  const indonesianKeys = flattenKeys(raIndonesian).sort();

  it("have exactly the keys of ra-language-english (the react-admin version's own tree)", () => {
    expect(indonesianKeys.filter((key) => !englishKeys.includes(key))).toEqual([]);
    expect(englishKeys.filter((key) => !indonesianKeys.includes(key))).toEqual([]);
  });

  it('are all non-empty strings', () => {
    expect(blankValues(raIndonesian, englishMessages)).toEqual([]);
  });

  it('keep the plural forms and every placeholder react-admin fills in', () => {
    const mismatches = englishKeys.flatMap((key) => {
      const english = stringAt(englishMessages, key);
      const indonesian = stringAt(raIndonesian, key);
      const englishParts = english.split(PLURAL_SEPARATOR);
      const indonesianParts = indonesian.split(PLURAL_SEPARATOR);
      if (englishParts.length !== indonesianParts.length) return [`${key}: ${englishParts.length} plural forms in English, ${indonesianParts.length} in Indonesian`];
      // Each form keeps its own placeholders, and uses none react-admin does not pass for this key.
      const supplied = new Set(placeholders(english));
      return englishParts.flatMap((englishPart, form) => {
        const used = placeholders(indonesianParts[form]);
        const missing = placeholders(englishPart).filter((name) => !used.includes(name));
        const unknown = used.filter((name) => !supplied.has(name));
        return [...missing.map((name) => `${key} (form ${form + 1}): %{${name}} missing`), ...unknown.map((name) => `${key} (form ${form + 1}): %{${name}} is not supplied`)];
      });
    });
    expect(mismatches).toEqual([]);
  });
});

describe('shared words (admin/src/i18n/common.messages.ts)', () => {
  it('have the same keys in Indonesian and English, none empty', () => {
    expect(flattenKeys(commonMessages.en).sort()).toEqual(flattenKeys(commonMessages.id).sort());
    expect(blankValues(commonMessages.id)).toEqual([]);
    expect(blankValues(commonMessages.en)).toEqual([]);
  });

  it("name every value of the API's enums, spelled as the schema spells them", () => {
    const schema = buildSchema(readFileSync(join(root, 'gateway/api-schema.graphql'), 'utf8'));
    const groups: Record<string, string> = {
      Role: 'role',
      PublishStatus: 'status',
      EditState: 'editState',
      AgencyKind: 'agencyKind',
      BoothStatus: 'boothStatus',
      CounterStatus: 'counterStatus',
      TicketStatus: 'ticketStatus',
      TicketChannel: 'ticketChannel',
      FacilityKind: 'facilityKind',
      FacilityStatus: 'facilityStatus',
    };
    for (const [enumName, group] of Object.entries(groups)) {
      const enumType = schema.getType(enumName);
      if (!isEnumType(enumType)) throw new Error(`${enumName} is not an enum of the API schema`);
      const values = enumType.getValues().map((value) => value.name).sort();
      for (const language of ['id', 'en'] as const) {
        const named = messageAt(commonMessages[language], `mpp.${group}`);
        expect({ language, enumName, keys: Object.keys(named as object).sort() }).toEqual({ language, enumName, keys: values });
      }
    }
  });

  it('explain every error code of docs/api.md, and a network failure', () => {
    const errorsSection = readFileSync(join(root, 'docs/api.md'), 'utf8').split(/^## /m).find((section) => section.startsWith('Errors'));
    if (errorsSection === undefined) throw new Error('docs/api.md has no "Errors" section');
    const documented = [...new Set([...errorsSection.matchAll(/`([A-Z][A-Z_]+)`/g)].map((match) => match[1]))];
    expect(documented).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR']));
    const codes = [...documented, 'NETWORK_ERROR'].sort();
    for (const language of ['id', 'en'] as const) {
      expect({ language, keys: Object.keys(commonMessages[language].mpp.error).sort() }).toEqual({ language, keys: codes });
    }
  });
});

/**
 * Convention: each feature keeps its texts in `admin/src/<feature>/<feature>.messages.ts`,
 * exporting `messages: FeatureMessages` (no React imports, so this spec can load it under jest).
 */
describe('feature texts (admin/src/*/*.messages.ts)', () => {
  const messageFiles = readdirSync(adminSource, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(adminSource, folder.name))
        .filter((file) => file.endsWith('.messages.ts'))
        .map((file) => `${folder.name}/${file}`),
    )
    .sort();

  type MessageSets = [exportName: string, messages: { id: object; en: object }][];
  const setsByFile = new Map<string, MessageSets>();

  /** Every exported `{ id, en }` of each messages file. */
  beforeAll(async () => {
    for (const file of messageFiles) {
      const exports = (await import(join(adminSource, file))) as Record<string, unknown>;
      const sets = Object.entries(exports).filter((entry): entry is MessageSets[number] => {
        const value = entry[1] as { id?: unknown; en?: unknown } | null;
        return typeof value === 'object' && value !== null && typeof value.id === 'object' && typeof value.en === 'object';
      });
      setsByFile.set(file, sets);
    }
  });

  function messageSetsOf(file: string): MessageSets {
    return setsByFile.get(file) ?? [];
  }

  it('are found (the shared words are one of them)', () => {
    expect(messageFiles).toContain('i18n/common.messages.ts');
  });

  it.each(messageFiles)('%s: Indonesian and English have the same keys, none empty', (file) => {
    const sets = messageSetsOf(file);
    expect(sets.map(([name]) => name)).not.toEqual([]);
    for (const [name, set] of sets) {
      expect({ name, keys: flattenKeys(set.en).sort() }).toEqual({ name, keys: flattenKeys(set.id).sort() });
      expect({ name, blank: [...blankValues(set.id), ...blankValues(set.en)] }).toEqual({ name, blank: [] });
    }
  });

  it('follow the naming convention <feature>/<feature>.messages.ts', () => {
    const misnamed = messageFiles.filter((file) => file !== 'i18n/common.messages.ts' && file.split('/')[1] !== `${file.split('/')[0]}.messages.ts`);
    expect(misnamed).toEqual([]);
  });

  it('hold every key the CMS code names, in both languages', () => {
    // Literal keys in the code ("mpp.services.tab.general", 'ra.action.save'); keys built at run
    // time (`mpp.status.${status}`) are the enum checks' business above.
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
        return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.messages.ts') && entry.name !== 'ra-indonesian.ts' ? [path] : [];
      });
    const named = new Set<string>();
    for (const file of sourceFiles(adminSource)) {
      for (const [, , key] of readFileSync(file, 'utf8').matchAll(/(['"`])((?:mpp|ra|resources)\.[\w.-]+)\1/g)) {
        if (!key.endsWith('.')) named.add(key);
      }
    }
    expect(named.size).toBeGreaterThan(100);
    const sets = messageFiles.flatMap((file) => messageSetsOf(file).map(([, set]) => set));
    const catalogs = { id: [raIndonesian, ...sets.map((set) => set.id)], en: [englishMessages, ...sets.map((set) => set.en)] };
    const missing = [...named].flatMap((key) =>
      (['id', 'en'] as const).filter((language) => catalogs[language].every((tree) => messageAt(tree, key) === undefined)).map((language) => `${language}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('define each key once across features, so merging them loses nothing', () => {
    const owners = new Map<string, string>();
    const duplicates: string[] = [];
    for (const file of messageFiles) {
      for (const [, set] of messageSetsOf(file)) {
        for (const key of flattenKeys(set.id)) {
          const owner = owners.get(key);
          if (owner !== undefined) duplicates.push(`${key} in ${owner} and ${file}`);
          else owners.set(key, file);
        }
      }
    }
    expect(duplicates).toEqual([]);
  });
});
