import type { CaseAttachment } from '../shared/api/api-types.ts';

/** `list` with `file` added, unless that material has these bytes already (the same scan picked twice). */
export function withScan(list: readonly CaseAttachment[], file: CaseAttachment): CaseAttachment[] {
  const known = list.some((a) => a.material === file.material && a.sha256 === file.sha256);
  return known ? [...list] : [...list, file];
}

/** `list` without `file`. */
export function withoutScan(list: readonly CaseAttachment[], file: CaseAttachment): CaseAttachment[] {
  return list.filter((a) => !(a.material === file.material && a.sha256 === file.sha256));
}

/** What a receipt sends of its scans: which material, which stored file, under what name. */
export function scanRefs(
  list: readonly CaseAttachment[],
): { material: string; sha256: string; name: string }[] {
  return list.map(({ material, sha256, name }) => ({ material, sha256, name }));
}
