import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Role } from '../../server/src/http/route.ts';
import type { AnyJson, TestServer } from './harness.ts';

/*
 * Small but real scans, made on the spot: a one-page PDF, a PNG, a JPEG header — and a text file
 * dressed up as a PDF. Shared by the API and the browser tests.
 */

/** A one-page PDF that a viewer opens (its cross-reference offsets are computed, not guessed). */
export function tinyPdf(text = 'OneWindow scan'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `size`×`size` grey PNG that any viewer opens. */
export function tinyPng(size = 2, grey = 128): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: size }, () => Buffer.from([0, ...Array(size).fill(grey)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JFIF JPEG (what the type is judged by), and its end marker. */
export function jpegBytes(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

/** A text file, as someone renames `notes.txt` to `notes.pdf`. */
export function textPretendingToBePdf(): Buffer {
  return Buffer.from('这是一个文本文件，只是扩展名改成了 .pdf。\n', 'utf8');
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface UploadOptions {
  /** The `Content-Type` sent; default application/pdf. */
  type?: string;
  role?: Role;
  /** `name`, `item`, `version`, `material`. */
  query?: Record<string, string>;
}

/** `POST /api/files` with the bytes as the body, as the browser's upload does. */
export async function upload(
  server: TestServer,
  bytes: Uint8Array | ReadableStream<Uint8Array>,
  { type = 'application/pdf', role = 'clerk', query = {} }: UploadOptions = {},
): Promise<{ status: number; headers: Headers; body: AnyJson }> {
  const search = new URLSearchParams(query).toString();
  const res = await fetch(`${server.baseUrl}/api/files${search ? `?${search}` : ''}`, {
    method: 'POST',
    headers: { Cookie: await server.cookieFor(role), 'Content-Type': type },
    body: bytes,
    // A stream is sent chunked, without a Content-Length.
    ...(bytes instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}
