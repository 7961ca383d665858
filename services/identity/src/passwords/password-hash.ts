import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';

/** Node's scrypt defaults (N=16384, r=8, p=1): tens of milliseconds per guess, for us and for an attacker. */
const keyLength = 64;

function scryptAsync(password: BinaryLike, salt: BinaryLike): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export interface PasswordHash {
  salt: string;
  hash: string;
}

/** A new salt of the account's own, and the password's scrypt hash with it (both hex). */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: (await scryptAsync(password, salt)).toString('hex') };
}

/** Whether `password` is the one hashed; the comparison takes as long whatever the answer. */
export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex');
  const given = await scryptAsync(password, stored.salt);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Stands in for the account when the email is unknown: the same scrypt work is done and compared,
 * so how long a refusal takes does not tell whether the email has an account.
 */
export const noAccountsPassword: PasswordHash = { salt: randomBytes(16).toString('hex'), hash: randomBytes(keyLength).toString('hex') };
