import { FILE_EXTENSIONS, type FileType, isFileType } from './file-types.ts';

/** Longest file name kept, in characters. */
export const MAX_FILE_NAME = 200;

/**
 * The name a file is recorded and downloaded under: only its last path segment (`C:\scans\a.pdf` →
 * `a.pdf`), without control or formatting characters (no header injection, no right-to-left
 * override hiding an extension), whitespace collapsed, at most {@link MAX_FILE_NAME} characters; when
 * nothing is left, `<first 12 hex digits of the hash>.<extension of its type>`. The name is a label:
 * it never decides the type.
 */
export function cleanFileName(
  raw: string | undefined,
  file: { sha256: string; contentType: string },
): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = [...cleaned].slice(0, MAX_FILE_NAME).join('');
  if (name !== '' && name !== '.' && name !== '..') return name;
  const type: FileType | null = isFileType(file.contentType) ? file.contentType : null;
  return `${file.sha256.slice(0, 12)}${type ? `.${FILE_EXTENSIONS[type]}` : ''}`;
}

/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): an ASCII fallback in `filename`
 * (other characters become `_`) and the exact UTF-8 name in `filename*` (RFC 8187), which every
 * current browser prefers.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
