import type { Material } from '@onewindow/schemas';

/** A type a material may accept (material.schema.json `fileTypes`): what an uploaded scan may be. */
export type FileType = NonNullable<Material['fileTypes']>[number];

/** The extension a download gets when it has no name of its own, for every file type. */
export const FILE_EXTENSIONS: Readonly<Record<FileType, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'application/ofd': 'ofd',
};

/** How a person names each type in a message. */
export const FILE_TYPE_LABELS: Readonly<Record<FileType, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/ofd': 'OFD',
};

/** Every file type an upload may be (a material without `fileTypes` accepts them all). */
export const FILE_TYPES = Object.keys(FILE_EXTENSIONS) as FileType[];

/** Whether `value` is one of {@link FILE_TYPES}. */
export function isFileType(value: string): value is FileType {
  return Object.hasOwn(FILE_EXTENSIONS, value);
}
