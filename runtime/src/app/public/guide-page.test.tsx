// @vitest-environment jsdom
import '../test-setup.ts';
import type { Locale } from '@onewindow/schemas';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../shared/api/api-client.ts';
import { ApiProvider } from '../shared/api/api-context.tsx';
import type { ServiceGuide } from '../shared/api/api-types.ts';
import { RouterProvider } from '../shared/router/router.tsx';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { GuidePage } from './guide-page.tsx';

const both = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A fully online item with a conditional, waivable fee, two channels and two phone numbers. */
const guide = {
  code: 'G1',
  version: 1,
  publishedAt: '2026-11-30T01:00:00.000Z',
  name: both('个体工商户设立登记', 'Registration of a sole trader'),
  type: 'registration',
  department: { name: both('南山监管局', 'Nanshan Market Regulation') },
  servedParties: ['natural-person', 'legal-person'],
  legalBasis: [],
  conditions: [],
  materials: [],
  timeLimits: {
    kind: 'commitment',
    statutory: { value: 15, unit: 'working-day' },
    promised: { value: 3, unit: 'working-day' },
  },
  fees: [
    {
      code: 'copy',
      name: both('复印费', 'Copying'),
      amount: 5,
      waivable: true,
      always: false,
      chargedWhen: [both('需要复印', 'copies are needed'), both('需要盖章', 'a stamp is needed')],
    },
  ],
  process: [],
  phones: [
    { purpose: 'consultation', number: '12345' },
    { purpose: 'complaint', number: '12319' },
  ],
  online: { channels: ['online', 'counter'], depth: 4, maxVisits: 0, applyOnline: true },
  faq: [],
} as unknown as ServiceGuide;

function renderGuide(locale: Locale) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(guide), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
  renderWithI18n(
    <RouterProvider>
      <ApiProvider client={createApiClient({ fetch })}>
        <GuidePage code="G1" />
      </ApiProvider>
    </RouterProvider>,
    locale,
  );
}

const textOf = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the service guide', () => {
  it('writes lists, fees and channels with Chinese punctuation in Chinese', async () => {
    renderGuide('zh-CN');
    await screen.findByRole('heading', { name: '个体工商户设立登记', level: 1 });
    expect(textOf(screen.getByText('复印费').closest('li') as HTMLElement)).toBe(
      '复印费：5 元（以下情形收取：需要复印；需要盖章）（可减免）',
    );
    expect(screen.getByText('自然人、法人')).toBeTruthy();
    expect(screen.getByText('咨询 12345；投诉 12319')).toBeTruthy();
    expect(screen.getByText('办理渠道：网上、窗口')).toBeTruthy();
    expect(screen.getByText(/零跑动/)).toBeTruthy();
  });

  it('writes them with English punctuation in English, and a fully online item needs no visit', async () => {
    renderGuide('en');
    await screen.findByRole('heading', { name: 'Registration of a sole trader', level: 1 });
    expect(textOf(screen.getByText('Copying').closest('li') as HTMLElement)).toBe(
      'Copying: 5 yuan (Charged when: copies are needed; a stamp is needed) (May be waived)',
    );
    expect(screen.getByText('Individuals, Legal persons')).toBeTruthy();
    expect(screen.getByText('Enquiries 12345; Complaints 12319')).toBeTruthy();
    expect(screen.getByText('Channels: Online, Counter')).toBeTruthy();
    expect(screen.getByText(/No visit needed/)).toBeTruthy();
    expect(screen.queryByText(/At most 0/)).toBeNull();
  });
});
