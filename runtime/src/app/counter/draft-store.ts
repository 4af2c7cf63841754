/** One saved, unsubmitted receipt: what the clerk had filled in and ticked. */
export interface ReceiptDraft {
  /** The version the draft was filled against. */
  version: number;
  /** When it was saved (ISO instant). */
  savedAt: string;
  formData: Record<string, unknown>;
  /** Ticks of the materials checklist by material code (`original`, `copy`, `electronic`). */
  ticks: Record<string, string[]>;
}

const PREFIX = 'onewindow.draft';

function keyOf(user: string, code: string): string {
  return `${PREFIX}.${user}.${code}`;
}

function isDraft(value: unknown): value is ReceiptDraft {
  if (value === null || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.version === 'number' &&
    typeof d.savedAt === 'string' &&
    d.formData !== null &&
    typeof d.formData === 'object' &&
    d.ticks !== null &&
    typeof d.ticks === 'object'
  );
}

/**
 * Drafts of receipts in this browser's localStorage, one per clerk and item: saved on request,
 * offered again when the clerk opens the item, removed once the case is filed. Nothing leaves the
 * browser (the server only ever sees submitted cases).
 */
export const draftStore = {
  save(user: string, code: string, draft: ReceiptDraft, storage: Storage = localStorage): void {
    storage.setItem(keyOf(user, code), JSON.stringify(draft));
  },
  /** The saved draft, or null when there is none or it cannot be read. */
  load(user: string, code: string, storage: Storage = localStorage): ReceiptDraft | null {
    try {
      const text = storage.getItem(keyOf(user, code));
      if (!text) return null;
      const value: unknown = JSON.parse(text);
      return isDraft(value) ? value : null;
    } catch {
      return null;
    }
  },
  clear(user: string, code: string, storage: Storage = localStorage): void {
    storage.removeItem(keyOf(user, code));
  },
};
