/** Other spellings of the types, as older browsers and scanners send them. */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
  'image/tif': 'image/tiff',
  'image/x-tiff': 'image/tiff',
};

/** Declared types that claim nothing: a browser sends these for a name it has no type for. */
const NO_CLAIM = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/**
 * What a client claims an upload is, from its `Content-Type` (the media type, lower case, aliases
 * resolved), or undefined when it claims nothing in particular. The claim never decides the type; a
 * claim that the content contradicts is refused.
 */
export function declaredType(header: string | undefined): string | undefined {
  const mediaType = (header ?? '').split(';')[0].trim().toLowerCase();
  if (NO_CLAIM.has(mediaType)) return undefined;
  return ALIASES[mediaType] ?? mediaType;
}
