import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: a password read off a screen or a sheet of paper is typed right the first time. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random password (CSPRNG), 16 characters from a 57-letter alphabet: about 93 bits. */
export function generatePassword(length = 16): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}
