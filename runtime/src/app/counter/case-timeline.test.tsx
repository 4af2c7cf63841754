// @vitest-environment jsdom
import '../test-setup.ts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseAttachment, CaseEvent } from '../shared/api/api-types.ts';
import { exampleItem } from '../shared/testing/example-item.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { CaseTimeline } from './case-timeline.tsx';

/** 个体工商户设立登记: 申请书 and 经营场所使用证明 take scans. */
const item = exampleItem('individual-business-registration');
const form: CaseAttachment = {
  material: 'application_form',
  sha256: 'a1'.repeat(32),
  name: '申请书.pdf',
  size: 2048,
  contentType: 'application/pdf',
};
const lease: CaseAttachment = {
  material: 'premises_proof',
  sha256: 'b2'.repeat(32),
  name: '租赁合同.jpg',
  size: 3 * 1024 * 1024,
  contentType: 'image/jpeg',
};
const ref = ({ material, sha256, name }: CaseAttachment) => ({ material, sha256, name });

function event(
  seq: number,
  type: string,
  toStatus: CaseEvent['toStatus'],
  data: CaseEvent['data'],
): CaseEvent {
  return {
    caseId: 'c1',
    seq,
    type,
    at: `2026-11-0${seq}T02:00:00.000Z`,
    actor: 'clerk',
    fromStatus: null,
    toStatus,
    data,
  };
}

const events: CaseEvent[] = [
  event(1, 'receive', 'supplement-requested', { outcome: 'incomplete', attachments: [ref(form)] }),
  event(2, 'request-supplement', 'supplement-requested', {}),
  event(3, 'record-supplement', 'received', { outcome: 'accept', attachmentsAdded: [ref(lease)] }),
];

describe('the case timeline', () => {
  it('lists under each event the scans it brought, named by material, each downloadable with what it is', () => {
    renderWithI18n(<CaseTimeline events={events} attachments={[form, lease]} materials={item.materials} />);
    const received = screen.getByRole('list', { name: '随附扫描件' });
    const link = within(received).getByRole('link', { name: '下载 申请书.pdf' });
    expect(link.getAttribute('href')).toBe(
      `/api/files/${form.sha256}?name=${encodeURIComponent('申请书.pdf')}`,
    );
    expect(within(received).getByText(/个体工商户登记（备案）申请书/)).toBeTruthy();
    expect(within(received).getByText(`PDF · 2 KB · SHA-256 ${form.sha256.slice(0, 12)}…`)).toBeTruthy();

    const brought = screen.getByRole('list', { name: '补交扫描件' });
    expect(within(brought).getByRole('link', { name: '下载 租赁合同.jpg' })).toBeTruthy();
    expect(within(brought).getByText(/经营场所使用证明/)).toBeTruthy();
    expect(within(brought).queryByText('申请书.pdf')).toBeNull();
    // The request for a supplement brought nothing.
    expect(screen.getAllByRole('list', { name: /扫描件/ })).toHaveLength(2);
  });

  it('still lists the scans by code and hash before the definition and the case record are loaded', () => {
    renderWithI18n(<CaseTimeline events={events} />);
    const received = screen.getByRole('list', { name: '随附扫描件' });
    expect(within(received).getByText(/application_form/)).toBeTruthy();
    expect(within(received).getByText(`SHA-256 ${form.sha256.slice(0, 12)}…`)).toBeTruthy();
  });

  it('names who acted by the account name, the server as 系统, and a vanished account by its login', () => {
    const acts = [
      { ...events[0], actorName: '李明' },
      { ...event(2, 'deemed-accept', 'accepted', {}), actor: 'system' },
      { ...event(3, 'accept', 'accepted', {}), actor: 'old-clerk' },
    ];
    renderWithI18n(<CaseTimeline events={acts} />);
    expect(screen.getByText(/· 李明$/)).toBeTruthy();
    expect(screen.getByText(/· 系统$/)).toBeTruthy();
    expect(screen.getByText(/· old-clerk$/)).toBeTruthy();
    expect(screen.queryByText(/· clerk$/)).toBeNull();
  });
});
