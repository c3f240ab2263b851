// Random tokens and their sha-256 hashes; only hashes of credentials are ever stored.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A random id for rows (url-safe, 16 chars). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** A string of random decimal digits. */
export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}
