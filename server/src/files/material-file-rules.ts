import type { ServiceItem } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';
import { FILE_TYPES, type FileType } from './file-types.ts';

const MIB = 1024 * 1024;

/** What one material accepts as a scan: its file types and, when it says so, a size limit. */
export interface MaterialFileRules {
  material: string;
  /** The material's `fileTypes`, or every type when it names none. */
  types: readonly FileType[];
  /** `maxSizeMB` in bytes (MiB, as the server's byte sizes are), or null for the server's limit only. */
  maxBytes: number | null;
}

/** The rules of material `code` in `definition`; a code the definition does not have is a 422. */
export function materialFileRules(definition: ServiceItem, code: string): MaterialFileRules {
  const material = definition.materials.find((m) => m.code === code);
  if (!material) {
    throw new ValidationError(`Item ${definition.code} has no material ${JSON.stringify(code)}.`, {
      code: 'UNKNOWN_MATERIAL',
      extensions: { material: code },
    });
  }
  return {
    material: code,
    types: material.fileTypes && material.fileTypes.length > 0 ? material.fileTypes : FILE_TYPES,
    maxBytes: material.maxSizeMB === undefined ? null : Math.floor(material.maxSizeMB * MIB),
  };
}

/** Why a file of `contentType` and `size` does not fit `rules`, or null when it does. */
export function fileMisfit(
  rules: MaterialFileRules,
  file: { contentType: string; size: number },
): 'type' | 'size' | null {
  if (!(rules.types as readonly string[]).includes(file.contentType)) return 'type';
  if (rules.maxBytes !== null && file.size > rules.maxBytes) return 'size';
  return null;
}
