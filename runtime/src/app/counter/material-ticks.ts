import type { Material } from '@onewindow/schemas';

/** What a clerk ticks for one material: 原件已核验, 复印件已收取, 电子材料已核验. */
export type Tick = 'original' | 'copy' | 'electronic';

/** The ticks a material of this kind needs before it counts as provided. */
export function ticksFor(kind: Material['kind']): Tick[] {
  switch (kind) {
    case 'original':
      return ['original'];
    case 'copy':
      return ['copy'];
    case 'original-and-copy':
      return ['original', 'copy'];
    case 'electronic':
      return ['electronic'];
  }
}

/** The codes of the materials whose every needed tick is set: the case's `materials`. */
export function providedMaterials(
  materials: readonly Material[],
  ticks: Readonly<Record<string, readonly string[]>>,
): string[] {
  return materials
    .filter((m) => ticksFor(m.kind).every((tick) => ticks[m.code]?.includes(tick)))
    .map((m) => m.code);
}

/** Ticks that make exactly `codes` provided (e.g. a case's materials shown in a supplement dialog). */
export function ticksOf(materials: readonly Material[], codes: readonly string[]): Record<string, string[]> {
  const ticks: Record<string, string[]> = {};
  for (const m of materials) if (codes.includes(m.code)) ticks[m.code] = ticksFor(m.kind);
  return ticks;
}
