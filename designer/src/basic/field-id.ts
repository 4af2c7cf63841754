/**
 * The DOM id of the input that edits the definition at `pointer` (e.g. `def/name/zh-CN`), so a lint
 * finding's pointer can find its input. Every tab may use it; only the visible tab's inputs exist.
 */
export function fieldId(pointer: string): string {
  return `def${pointer}`;
}

/**
 * The element of `pointer`, or of its nearest parent that has one (`/legalBasis/0/kind` may land on the
 * row of `/legalBasis/0`, then on the section of `/legalBasis`); null when none is on the page.
 */
export function elementOfPointer(pointer: string, root: Document = document): HTMLElement | null {
  let current = pointer;
  for (;;) {
    const element = root.getElementById(fieldId(current));
    if (element) return element;
    if (current === '') return null;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
