/** The tabs of the item editor, in order; `?tab=` names one. */
export const EDITOR_TABS = [
  'basic',
  'form',
  'materials',
  'timeLimits',
  'rules',
  'tests',
  'json',
  'versions',
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

const TAB_OF_PART: Readonly<Record<string, EditorTab>> = {
  form: 'form',
  applicantIdField: 'form',
  materials: 'materials',
  fees: 'materials',
  timeLimits: 'timeLimits',
  rules: 'rules',
  tests: 'tests',
};

/** The tab that edits the part of the definition `pointer` points into (lint click-through). */
export function tabOfPointer(pointer: string): EditorTab {
  const part = pointer.split('/')[1] ?? '';
  return TAB_OF_PART[part] ?? 'basic';
}

export function isEditorTab(value: string | null | undefined): value is EditorTab {
  return (EDITOR_TABS as readonly string[]).includes(value ?? '');
}
