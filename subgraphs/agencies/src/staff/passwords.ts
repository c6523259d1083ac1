import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { badUserInput } from '@mpp/kit';

/** argon2id at OWASP's recommendation: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Length rules, checked before any hashing (a megabyte "password" never reaches argon2). */
export function checkPasswordRules(password: string, field: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw badUserInput(field, `A password has ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** argon2's verify compares in constant time; a malformed stored hash is a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Made once per process: verified against when the email is unknown, so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export async function spendVerificationTime(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await decoyHash, password);
}

/** A password for a new account or a reset: 18 random characters, easy to read out. */
export function generatePassword(): string {
  return randomBytes(14).toString('base64url').replace(/[-_]/g, 'x').slice(0, 18);
}
