import { hash } from 'node:crypto';
import { StorageError, ValidationError } from '../../errors/index.ts';

/** SHA-256 hex (lower case) of a file's bytes: its content address in both adapters. */
export function fileSha256(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/**
 * Refuses bytes read back from the file store that no longer hash to their address (a disk error, a
 * hand-edited file): a scan on record is served exactly as it was stored, or not at all.
 */
export function assertFileIntact(sha256: string, bytes: Uint8Array): void {
  if (fileSha256(bytes) !== sha256) {
    throw new StorageError(`The stored file ${sha256} is damaged: its bytes no longer match their hash.`);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether `text` is a content address: 64 lower-case hex digits. */
export function isSha256(text: string): boolean {
  return SHA256_HEX.test(text);
}

/** A malformed address is refused before it reaches a path or a query. */
export function assertSha256(text: string): void {
  if (!isSha256(text)) {
    throw new ValidationError('A file address is 64 lower-case hexadecimal digits (SHA-256).', {
      code: 'BAD_SHA256',
    });
  }
}
