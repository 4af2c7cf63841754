/*
 * OFD (GB/T 33190, 版式文档) is a ZIP package whose root holds `OFD.xml`. This reads just enough of
 * the ZIP format to tell: the end-of-central-directory record, then each central-directory entry's
 * name. Every offset is bounds-checked; anything that does not parse is simply not an OFD.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const MAX_END_SEARCH = 22 + 0xffff;
const ROOT_DOCUMENT = 'OFD.xml';

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function findEndOfDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - MAX_END_SEARCH);
  for (let at = b.length - 22; at >= lowest; at--) if (u32(b, at) === END_OF_DIRECTORY) return at;
  return -1;
}

/** Whether the bytes are a ZIP package with `OFD.xml` at its root. */
export function isOfdPackage(b: Uint8Array): boolean {
  if (b.length < 30 || u32(b, 0) !== LOCAL_HEADER) return false;
  const end = findEndOfDirectory(b);
  if (end < 0) return false;
  const entries = u16(b, end + 10);
  let at = u32(b, end + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL_HEADER) return false;
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (next > b.length) return false;
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength));
    if (name === ROOT_DOCUMENT) return true;
    at = next;
  }
  return false;
}
