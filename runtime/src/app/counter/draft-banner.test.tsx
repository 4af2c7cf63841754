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

  it('says how many scans the draft holds', () => {
    const scan = {
      material: 'old_id_card',
      sha256: 'ab12cd34ef56'.padEnd(64, '7'),
      name: '旧证.pdf',
      size: 2048,
      contentType: 'application/pdf',
    };
    renderWithI18n(
      <DraftBanner
        draft={{ ...draft, attachments: [scan, { ...scan, name: '旧证2.pdf' }] }}
        onResume={vi.fn()}
        onDiscard={vi.fn()}
      />,
    );
    expect(screen.getByText('草稿含 2 个扫描件，恢复后随收件一并提交。')).toBeTruthy();
  });

  it('says nothing of scans when the draft has none', () => {
    renderWithI18n(<DraftBanner draft={draft} onResume={vi.fn()} onDiscard={vi.fn()} />);
    expect(screen.queryByText(/扫描件/)).toBeNull();
  });
});
