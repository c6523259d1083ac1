import {
  KeyFormatError,
  ensureDevelopmentKeyPair,
  readPemSetting,
  signingKeyFromPem,
  verificationKeysFromPems,
  type SigningKey,
  type VerificationKeys,
} from '../identity/keys';

/**
 * Which part of the platform a process plays; it decides which keys the process loads, so each
 * holds only its own secrets: a subgraph that does not issue staff tokens (one a partner agency
 * runs, say) starts with public keys only and can forge nothing.
 */
export type ProcessPart =
  /** Verifies staff tokens, signs internal tokens. */
  | { kind: 'gateway' }
  /** Verifies internal tokens; the agencies subgraph also signs staff tokens. */
  | { kind: 'subgraph'; name: string; issuesStaffTokens: boolean }
  /** `npm run internal-token`: signs internal tokens for operators and other gateways. */
  | { kind: 'internal-token-issuer' }
  /** Commands that only use a database or the settings (migrations, create-admin, npm start's checks). */
  | { kind: 'tool' }
  /** Tests that run every part in one process. */
  | { kind: 'whole-platform' };

/** The keys of one process; a part's missing ones are null. */
export interface ProcessKeys {
  /** The gateway's: proves its calls to subgraphs. */
  internalTokenSigning: SigningKey | null;
  /** Every subgraph's: the gateway's public keys. */
  internalTokenVerification: VerificationKeys | null;
  /** The agencies subgraph's: signs staff access tokens. */
  staffTokenSigning: SigningKey | null;
  /** The gateway's: the agencies subgraph's public keys. */
  staffTokenVerification: VerificationKeys | null;
}

/** The variables that hold the keys. Each takes PEM text or the path of a PEM file. */
export const KEY_VARIABLES = {
  internalTokenSigning: 'MPP_INTERNAL_TOKEN_PRIVATE_KEY',
  internalTokenVerification: 'MPP_INTERNAL_TOKEN_PUBLIC_KEYS',
  staffTokenSigning: 'MPP_STAFF_TOKEN_PRIVATE_KEY',
  staffTokenVerification: 'MPP_STAFF_TOKEN_PUBLIC_KEYS',
} as const satisfies Record<keyof ProcessKeys, string>;

/** The generated development key pairs' names (files under `<data folder>/keys/`). */
const DEVELOPMENT_PAIRS = {
  internalTokenSigning: 'internal-token',
  internalTokenVerification: 'internal-token',
  staffTokenSigning: 'staff-token',
  staffTokenVerification: 'staff-token',
} as const satisfies Record<keyof ProcessKeys, string>;

function keysOf(part: ProcessPart): ReadonlySet<keyof ProcessKeys> {
  switch (part.kind) {
    case 'gateway':
      return new Set(['internalTokenSigning', 'staffTokenVerification']);
    case 'subgraph':
      return new Set(part.issuesStaffTokens ? ['internalTokenVerification', 'staffTokenSigning'] : ['internalTokenVerification']);
    case 'internal-token-issuer':
      return new Set(['internalTokenSigning']);
    case 'tool':
      return new Set();
    case 'whole-platform':
      return new Set(Object.keys(KEY_VARIABLES) as (keyof ProcessKeys)[]);
  }
}

/**
 * The environment to start a part's process with: the given one without the key variables of
 * other parts (nor, for the gateway, the database's), so a launcher holding every secret
 * (`npm start`) hands each process only its own.
 */
export function environmentForPart(part: ProcessPart, env: Record<string, string | undefined>): Record<string, string | undefined> {
  const own = new Set<string>([...keysOf(part)].map((slot) => KEY_VARIABLES[slot]));
  const others = new Set<string>(Object.values(KEY_VARIABLES).filter((variable) => !own.has(variable)));
  // The gateway has no database: it gets no credentials for one either.
  if (part.kind === 'gateway') others.add('MPP_DATABASE_URL');
  return Object.fromEntries(Object.entries(env).filter(([name]) => !others.has(name)));
}

export interface KeySettings {
  read(variable: string): string | undefined;
  production: boolean;
  dataDir: string;
  /** Relative key file paths resolve against it (the repository root). */
  baseDir: string;
  /** Turns a refused setting into the configuration's error, naming the variable. */
  fail(variable: string, problem: string): never;
}

/**
 * Reads and validates the keys a part needs, and no others: from the environment, or — outside
 * production — from key pairs generated once into the data folder.
 */
export function loadProcessKeys(part: ProcessPart, settings: KeySettings): ProcessKeys {
  const needed = keysOf(part);
  const load = <K extends keyof ProcessKeys>(slot: K, parse: (pems: string[]) => ProcessKeys[K]): ProcessKeys[K] | null => {
    if (!needed.has(slot)) return null;
    const variable = KEY_VARIABLES[slot];
    try {
      const value = settings.read(variable);
      if (value !== undefined) return parse(readPemSetting(value, settings.baseDir));
      if (settings.production) settings.fail(variable, 'is required in production (nothing is generated); see docs/production.md.');
      const pair = ensureDevelopmentKeyPair(settings.dataDir, DEVELOPMENT_PAIRS[slot]);
      const isPrivate = slot === 'internalTokenSigning' || slot === 'staffTokenSigning';
      return parse(readPemSetting(isPrivate ? pair.privateKey : pair.publicKey, settings.baseDir));
    } catch (error) {
      if (error instanceof KeyFormatError) settings.fail(variable, error.message);
      throw error;
    }
  };
  const onePrivateKey = (pems: string[]) => {
    if (pems.length !== 1) throw new KeyFormatError(`expected exactly one private key, got ${pems.length} PEM blocks.`);
    return signingKeyFromPem(pems[0]);
  };
  return {
    internalTokenSigning: load('internalTokenSigning', onePrivateKey),
    internalTokenVerification: load('internalTokenVerification', verificationKeysFromPems),
    staffTokenSigning: load('staffTokenSigning', onePrivateKey),
    staffTokenVerification: load('staffTokenVerification', verificationKeysFromPems),
  };
}
