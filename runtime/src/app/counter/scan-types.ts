import type { Material } from '@onewindow/schemas';

/** A type a scan may be (material.schema.json `fileTypes`). */
export type ScanType = NonNullable<Material['fileTypes']>[number];

const TYPES: Readonly<Record<ScanType, { label: string; extensions: readonly string[] }>> = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  'image/png': { label: 'PNG', extensions: ['.png'] },
  'image/tiff': { label: 'TIFF', extensions: ['.tif', '.tiff'] },
  'application/ofd': { label: 'OFD', extensions: ['.ofd'] },
};

const MIB = 1024 * 1024;

/** The types a material takes: its `fileTypes`, or every type when it names none (as the server reads it). */
export function scanTypesOf(material: Material): readonly ScanType[] {
  return material.fileTypes && material.fileTypes.length > 0
    ? material.fileTypes
    : (Object.keys(TYPES) as ScanType[]);
}

/** The material's `maxSizeMB` in bytes (MiB, as the server counts), or null when it sets none. */
export function scanLimitOf(material: Material): number | null {
  return material.maxSizeMB === undefined ? null : Math.floor(material.maxSizeMB * MIB);
}

/** `PDF / OFD`: types as a person names them (unknown ones as sent). */
export function typeLabels(types: readonly string[]): string {
  return types.map((type) => (type in TYPES ? TYPES[type as ScanType].label : type)).join(' / ');
}

/**
 * The file picker's `accept`: each type with its extensions, so that the dialog offers the right files.
 * It only helps the clerk choose; the server judges every file by its content.
 */
export function acceptAttribute(types: readonly ScanType[]): string {
  return types.flatMap((type) => [...TYPES[type].extensions, type]).join(',');
}

/** `820 KB`, `1.5 MB`: a size as a person reads it (binary units, as the limits are set). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MIB) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / MIB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
