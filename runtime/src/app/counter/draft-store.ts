import type { CaseAttachment } from '../shared/api/api-types.ts';

/** One saved, unsubmitted receipt: what the clerk had filled in, ticked and scanned. */
export interface ReceiptDraft {
  /** The version the draft was filled against. */
  version: number;
  /** When it was saved (ISO instant). */
  savedAt: string;
  formData: Record<string, unknown>;
  /** Ticks of the materials checklist by material code (`original`, `copy`, `electronic`). */
  ticks: Record<string, string[]>;
  /**
   * The scans uploaded for it: the files are stored on the server already (by SHA-256), so the draft
   * keeps what the receipt will name them by. Absent in drafts saved before scans existed.
   */
  attachments?: CaseAttachment[];
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

function isAttachment(value: unknown): value is CaseAttachment {
  if (value === null || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.material === 'string' &&
    typeof a.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(a.sha256) &&
    typeof a.name === 'string' &&
    typeof a.size === 'number' &&
    typeof a.contentType === 'string'
  );
}

/**
 * Drafts of receipts in this browser's localStorage, one per clerk and item: saved on request,
 * offered again when the clerk opens the item, removed once the case is filed. The form and the
 * ticks never leave the browser until the case is submitted; scans were uploaded as they were
 * picked, so the draft keeps only their content addresses and names.
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
      if (!isDraft(value)) return null;
      // A scan entry that cannot be read is dropped; the rest of the draft is still the clerk's work.
      const attachments = Array.isArray(value.attachments) ? value.attachments.filter(isAttachment) : [];
      return { ...value, attachments };
    } catch {
      return null;
    }
  },
  clear(user: string, code: string, storage: Storage = localStorage): void {
    storage.removeItem(keyOf(user, code));
  },
};
