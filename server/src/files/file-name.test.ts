import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition } from './file-name.ts';

const pdf = { sha256: 'ab12cd34ef56'.padEnd(64, '0'), contentType: 'application/pdf' };

describe('file names', () => {
  it('keeps the last path segment only, without control or direction characters', () => {
    expect(cleanFileName('C:\\扫描\\身份证 正面.pdf', pdf)).toBe('身份证 正面.pdf');
    expect(cleanFileName('../../etc/passwd', pdf)).toBe('passwd');
    expect(cleanFileName('a\r\nSet-Cookie: x.pdf', pdf)).toBe('aSet-Cookie: x.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', pdf)).toBe('invoicefdp.exe');
    expect([...cleanFileName('长'.repeat(500), pdf)]).toHaveLength(200);
  });

  it('names a file by its hash and type when nothing usable is left', () => {
    expect(cleanFileName(undefined, pdf)).toBe('ab12cd34ef56.pdf');
    expect(cleanFileName(' / ', pdf)).toBe('ab12cd34ef56.pdf');
    expect(cleanFileName('..', { ...pdf, contentType: 'image/png' })).toBe('ab12cd34ef56.png');
  });

  it('sends an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187)', () => {
    expect(contentDisposition('scan.pdf')).toBe(`attachment; filename="scan.pdf"; filename*=UTF-8''scan.pdf`);
    expect(contentDisposition('户口簿 "首页".pdf')).toBe(
      `attachment; filename="___ ____.pdf"; filename*=UTF-8''%E6%88%B7%E5%8F%A3%E7%B0%BF%20%22%E9%A6%96%E9%A1%B5%22.pdf`,
    );
    expect(contentDisposition("it's (1).pdf")).toContain("filename*=UTF-8''it%27s%20%281%29.pdf");
  });
});
