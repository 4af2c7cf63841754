// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { draftStore, type ReceiptDraft } from './draft-store.ts';

const scan: CaseAttachment = {
  material: 'old_id_card',
  sha256: 'ab12cd34ef56'.padEnd(64, '7'),
  name: '旧证.pdf',
  size: 2048,
  contentType: 'application/pdf',
};
const draft: ReceiptDraft = {
  version: 1,
  savedAt: '2026-11-30T01:00:00.000Z',
  formData: { applicant: { name: '李俊杰' } },
  ticks: { old_id_card: ['original'] },
  attachments: [scan],
};

describe('receipt drafts', () => {
  beforeEach(() => localStorage.clear());

  it('are saved per clerk and item and come back as they were saved, scans included', () => {
    draftStore.save('clerk', 'ITEM-1', draft);
    expect(draftStore.load('clerk', 'ITEM-1')).toEqual(draft);
    expect(draftStore.load('clerk', 'ITEM-2')).toBeNull();
    expect(draftStore.load('other-clerk', 'ITEM-1')).toBeNull();
  });

  it('saved before scans existed come back with no scans', () => {
    const { attachments: _, ...older } = draft;
    localStorage.setItem('onewindow.draft.clerk.ITEM-1', JSON.stringify(older));
    expect(draftStore.load('clerk', 'ITEM-1')).toEqual({ ...older, attachments: [] });
  });

  it('keep the rest of the draft when a scan entry cannot be read', () => {
    const broken = { ...draft, attachments: [scan, { material: 'x', sha256: 'not-a-hash', name: 'a' }, 7] };
    localStorage.setItem('onewindow.draft.clerk.ITEM-1', JSON.stringify(broken));
    expect(draftStore.load('clerk', 'ITEM-1')).toEqual(draft);
  });

  it('are gone once cleared (after the case is filed)', () => {
    draftStore.save('clerk', 'ITEM-1', draft);
    draftStore.clear('clerk', 'ITEM-1');
    expect(draftStore.load('clerk', 'ITEM-1')).toBeNull();
  });

  it('ignore what cannot be read instead of failing', () => {
    localStorage.setItem('onewindow.draft.clerk.ITEM-1', '{not json');
    expect(draftStore.load('clerk', 'ITEM-1')).toBeNull();
    localStorage.setItem('onewindow.draft.clerk.ITEM-1', JSON.stringify({ version: 'x' }));
    expect(draftStore.load('clerk', 'ITEM-1')).toBeNull();
  });
});
