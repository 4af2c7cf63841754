import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from './sniff-file-type.ts';

/** A ZIP archive of stored (uncompressed) entries, as a packager writes one. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PNG_START = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('sniffFileType', () => {
  it('knows PDF, JPEG, PNG and both TIFF byte orders by their first bytes', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n1 0 obj'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))).toBe('image/jpeg');
    expect(sniffFileType(Buffer.concat([PNG_START, Buffer.alloc(17)]))).toBe('image/png');
    expect(sniffFileType(Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]))).toBe('image/tiff');
    expect(sniffFileType(Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8]))).toBe('image/tiff');
  });

  it('knows an OFD package by OFD.xml at the root of its ZIP, and no other ZIP', () => {
    const ofd = zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' });
    expect(sniffFileType(ofd)).toBe('application/ofd');
    expect(sniffFileType(zip({ 'Doc_0/Document.xml': '<x/>', 'Doc_0/OFD.xml': '<x/>' }))).toBeNull();
    expect(sniffFileType(zip({ 'word/document.xml': '<w/>' }))).toBeNull();
    // A ZIP cut short loses its directory: not recognised, and no read past the end.
    expect(sniffFileType(ofd.subarray(0, ofd.length - 10))).toBeNull();
  });

  it('does not take a text file for a PDF because of its name, nor a near miss for the real thing', () => {
    expect(sniffFileType(Buffer.from('这不是PDF，只是改了扩展名的文本文件。'))).toBeNull();
    expect(sniffFileType(Buffer.from(' %PDF-1.4'))).toBeNull();
    expect(sniffFileType(Buffer.from('%PDF-x'))).toBeNull();
    expect(sniffFileType(PNG_START.subarray(0, 8))).toBeNull();
    expect(sniffFileType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});
