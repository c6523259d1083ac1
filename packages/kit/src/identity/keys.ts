import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * The keys the platform signs tokens with. Both kinds of token (staff access tokens, the
 * gateway's internal tokens) are EdDSA over Ed25519: asymmetric, so whoever only verifies (the
 * gateway for staff tokens, every subgraph for internal tokens) holds nothing that could sign.
 */
export const TOKEN_ALGORITHM = 'EdDSA';

/** A private key and the id (`kid`) its tokens name, so verifiers find the right public key. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/**
 * The public keys a verifier accepts, by `kid`: one, or two while keys are being rotated (the
 * new key is added to every verifier before the signer switches to it).
 */
export interface VerificationKeys {
  byKid: ReadonlyMap<string, KeyObject>;
}

export const MAX_ACTIVE_PUBLIC_KEYS = 2;

/** Why a key setting was refused; the configuration turns it into a ConfigError naming its variable. */
export class KeyFormatError extends Error {}

/**
 * A key's id: its RFC 7638 JWK thumbprint. Derived from the key itself, so nobody has to
 * configure ids, signer and verifiers always agree, and a rotated key gets a new id.
 */
export function keyId(publicKey: KeyObject): string {
  const { crv, kty, x } = publicKey.export({ format: 'jwk' });
  // Members in lexicographic order, no whitespace: the thumbprint's canonical form.
  return createHash('sha256').update(JSON.stringify({ crv, kty, x })).digest('base64url');
}

export function signingKeyFromPem(pem: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new KeyFormatError('expected an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519).');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new KeyFormatError(`expected an Ed25519 private key, got a ${privateKey.asymmetricKeyType ?? 'different'} key.`);
  }
  return { kid: keyId(createPublicKey(privateKey)), privateKey };
}

export function verificationKeysFromPems(pems: readonly string[]): VerificationKeys {
  if (pems.length === 0) throw new KeyFormatError('expected one or two Ed25519 public keys in PEM.');
  if (pems.length > MAX_ACTIVE_PUBLIC_KEYS) {
    throw new KeyFormatError(`at most ${MAX_ACTIVE_PUBLIC_KEYS} public keys may be active at once (the current one and the next), got ${pems.length}.`);
  }
  const byKid = new Map<string, KeyObject>();
  for (const pem of pems) {
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey({ key: pem, format: 'pem' });
    } catch {
      throw new KeyFormatError('expected Ed25519 public keys in PEM (openssl pkey -pubout).');
    }
    // A private key given where a public one belongs would leak it into a verifier's configuration.
    if (publicKey.type !== 'public' || /PRIVATE KEY/.test(pem)) {
      throw new KeyFormatError('expected public keys only; a private key does not belong here.');
    }
    if (publicKey.asymmetricKeyType !== 'ed25519') {
      throw new KeyFormatError(`expected Ed25519 public keys, got a ${publicKey.asymmetricKeyType ?? 'different'} key.`);
    }
    const kid = keyId(publicKey);
    if (byKid.has(kid)) throw new KeyFormatError('the same public key is given twice.');
    byKid.set(kid, publicKey);
  }
  return { byKid };
}

/** The public half of a signing key, as verifiers are configured with it. */
export function verificationKeysFor(...keys: SigningKey[]): VerificationKeys {
  return { byKid: new Map(keys.map((key) => [key.kid, createPublicKey(key.privateKey)])) };
}

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g;

/**
 * A key setting's PEM blocks: the value itself when it holds PEM (newlines may be written as
 * `\n`, as environment files often must), else the files it names (comma-separated; relative
 * paths resolve against `baseDir`, the repository root).
 */
export function readPemSetting(value: string, baseDir: string): string[] {
  const text = value.replace(/\\n/g, '\n');
  if (text.includes('-----BEGIN ')) return pemBlocks(text);
  return value.split(',').flatMap((entry) => {
    const path = isAbsolute(entry.trim()) ? entry.trim() : resolve(baseDir, entry.trim());
    // A value that is neither PEM nor a file may be a key mistyped (base64 DER, a broken
    // header): it is never repeated in the message, which ends up in logs.
    const named = looksLikePath(entry.trim()) ? ` "${entry.trim()}"` : '';
    let contents: string;
    try {
      contents = readFileSync(path, 'utf8');
    } catch {
      throw new KeyFormatError(`expected PEM text or the path of a PEM file; cannot read the key file${named}.`);
    }
    const blocks = pemBlocks(contents);
    if (blocks.length === 0) throw new KeyFormatError(`the file${named} holds no PEM key.`);
    return blocks;
  });
}

function looksLikePath(value: string): boolean {
  return value.length <= 512 && /^[\w./~ -]+$/.test(value) && /[/.]/.test(value) && !/^[A-Za-z0-9+/=]{40,}$/.test(value);
}

function pemBlocks(text: string): string[] {
  return text.match(PEM_BLOCK) ?? [];
}

/** Where a development key pair is generated: `<data folder>/keys/<name>/private.pem` and `public.pem`. */
export function developmentKeyPaths(dataDir: string, name: string): { privateKey: string; publicKey: string } {
  const folder = join(dataDir, 'keys', name);
  return { privateKey: join(folder, 'private.pem'), publicKey: join(folder, 'public.pem') };
}

/**
 * Outside production: a key pair generated once into the data folder, so every process of one
 * platform agrees on it; each then reads only the half it needs. Both halves appear at once:
 * they are written into a folder aside, which is renamed into place (atomic; of processes
 * starting together, the first rename wins and the others use its pair).
 */
export function ensureDevelopmentKeyPair(dataDir: string, name: string): { privateKey: string; publicKey: string } {
  const paths = developmentKeyPaths(dataDir, name);
  const folder = dirname(paths.privateKey);
  if (existsSync(folder)) return paths;
  mkdirSync(dirname(folder), { recursive: true, mode: 0o700 });
  const aside = mkdtempSync(`${folder}.partial-`);
  try {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(join(aside, 'private.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    writeFileSync(join(aside, 'public.pem'), publicKey.export({ format: 'pem', type: 'spki' }), { mode: 0o644 });
    renameSync(aside, folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
  return paths;
}
