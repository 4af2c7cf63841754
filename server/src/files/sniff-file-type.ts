import type { FileType } from './file-types.ts';
import { isOfdPackage } from './ofd-package.ts';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

const PDF = ascii('%PDF-');
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_HEADER_CHUNK = ascii('IHDR');
const TIFF_LITTLE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BIG = [0x4d, 0x4d, 0x00, 0x2a];
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * What a file is, by its bytes (magic numbers), never by its name or declared type: PDF (`%PDF-`
 * and a version digit), JPEG (FF D8 FF), PNG (the 8-byte signature, then its IHDR chunk), TIFF (II*
 * or MM*), OFD (a ZIP package with OFD.xml at its root). Null for anything else — a text file
 * renamed `.pdf` included.
 */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, PDF) && bytes[5] >= DIGIT_0 && bytes[5] <= DIGIT_9) return 'application/pdf';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG) && startsWith(bytes, PNG_HEADER_CHUNK, 12)) return 'image/png';
  if (startsWith(bytes, TIFF_LITTLE) || startsWith(bytes, TIFF_BIG)) return 'image/tiff';
  if (isOfdPackage(bytes)) return 'application/ofd';
  return null;
}
