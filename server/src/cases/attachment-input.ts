import { schemas } from '@onewindow/schemas';
import { MAX_FILE_NAME } from '../files/file-name.ts';

/** One scan a receipt or a supplement attaches: which material, which stored file, under what name. */
export interface AttachmentInput {
  material: string;
  /** The content address `POST /api/files` answered. */
  sha256: string;
  name: string;
}

/** At most this many scans in one request. */
export const MAX_ATTACHMENTS = 100;

/** JSON Schema of `attachments` in the receipt and the record-supplement bodies. */
export const attachmentsInputSchema = {
  type: 'array',
  maxItems: MAX_ATTACHMENTS,
  items: {
    type: 'object',
    required: ['material', 'sha256', 'name'],
    additionalProperties: false,
    properties: {
      material: schemas['material.schema.json'].properties.code,
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      name: { type: 'string', minLength: 1, maxLength: MAX_FILE_NAME * 2 },
    },
  },
};
