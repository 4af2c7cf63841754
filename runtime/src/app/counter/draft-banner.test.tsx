// @vitest-environment jsdom
import '../test-setup.ts';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { DraftBanner } from './draft-banner.tsx';

const draft = { version: 1, savedAt: '2026-11-30T01:00:00.000Z', formData: {}, ticks: {} };

describe('the draft banner', () => {
  it('offers to resume or discard a saved draft', () => {
    const onResume = vi.fn();
    const onDiscard = vi.fn();
    renderWithI18n(<DraftBanner draft={draft} onResume={onResume} onDiscard={onDiscard} />);
    expect(screen.getByText(/保存的草稿/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /恢复草稿/ }));
    expect(onResume).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /丢弃草稿/ }));
    expect(onDiscard).toHaveBeenCalledOnce();
  });
});
