/**
 * Password hashes: scrypt (memory-hard) with N=2^15, r=8, p=1, a 16-byte random salt and a 64-byte
 * key, encoded `scrypt$N$r$p$salt$hash` (base64url) so the parameters can be raised for new hashes
 * while old ones still verify.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r·p bytes; Node's default maxmem (32 MiB) is exactly that for these
  // parameters and refuses, so allow twice the need.
  const options: ScryptOptions = { ...params, maxmem: 2 * 128 * params.N * params.r * params.p };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check of `password` against an encoded hash; false for a malformed one. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // Bounds keep a corrupted row from asking for gigabytes.
  if (![params.N, params.r, params.p].every(Number.isInteger) || params.N > 2 ** 20 || params.r > 16 || params.p > 4) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params);
  return timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Spends a verification's time for a login with no such account, so the response time does not
 * tell which e-mail addresses have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not a password of any account');
  await verifyPassword(password, await dummy);
  return false;
}
