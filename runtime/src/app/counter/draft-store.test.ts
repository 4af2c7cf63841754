// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { draftStore, type ReceiptDraft } from './draft-store.ts';

const draft: ReceiptDraft = {
  version: 1,
  savedAt: '2026-11-30T01:00:00.000Z',
  formData: { applicant: { name: '李俊杰' } },
  ticks: { old_id_card: ['original'] },
};

describe('receipt drafts', () => {
  beforeEach(() => localStorage.clear());

  it('are saved per clerk and item and come back as they were saved', () => {
    draftStore.save('clerk', 'ITEM-1', draft);
    expect(draftStore.load('clerk', 'ITEM-1')).toEqual(draft);
    expect(draftStore.load('clerk', 'ITEM-2')).toBeNull();
    expect(draftStore.load('other-clerk', 'ITEM-1')).toBeNull();
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
