import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../server/src/definitions/example-items.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const example = (name: string) =>
  JSON.parse(readFileSync(join(EXAMPLES_DIR, 'items', `${name}.json`), 'utf8')) as ServiceItem;
const ID_CARD = example('resident-id-card-renewal');
const BUSINESS = example('individual-business-registration');

describe('the public service guide (办事指南)', () => {
  it('lists every active item without logging in, searchable by text, department and type', async () => {
    const all = await server.request('GET', '/api/public/guides');
    expect(all.status).toBe(200);
    expect(all.body.guides).toHaveLength(4);

    const byText = await server.request('GET', `/api/public/guides?q=${encodeURIComponent('身份证')}`);
    expect(byText.body.guides.map((g: { code: string }) => g.code)).toEqual([ID_CARD.code]);
    const byDepartment = await server.request(
      'GET',
      `/api/public/guides?department=${ID_CARD.department.code}`,
    );
    expect(byDepartment.body.guides.map((g: { code: string }) => g.code)).toEqual([ID_CARD.code]);
    const byType = await server.request('GET', '/api/public/guides?type=administrative-license');
    expect(byType.body.guides.map((g: { code: string }) => g.code)).toContain(BUSINESS.code);
    expect(byType.body.guides.every((g: { type: string }) => g.type === 'administrative-license')).toBe(true);
  });

  it('gives the guide of an item: conditions, materials table, limits with units, fees, process, place, phones, online', async () => {
    const res = await server.request('GET', `/api/public/guides/${ID_CARD.code}`);
    expect(res.status).toBe(200);
    const guide = res.body;
    expect(guide).toMatchObject({
      code: ID_CARD.code,
      version: 1,
      name: ID_CARD.name,
      type: 'public-service',
      conditions: ID_CARD.conditions,
      timeLimits: {
        kind: 'commitment',
        statutory: { amount: 60, unit: 'day' },
        promised: { amount: 15, unit: 'workday' },
      },
      legalBasis: ID_CARD.legalBasis,
      process: ID_CARD.process,
      faq: ID_CARD.faq,
      place: ID_CARD.handling.place,
      hours: ID_CARD.handling.hours,
      phones: ID_CARD.handling.phones,
      online: { channels: ID_CARD.handling.channels, depth: 2, maxVisits: 1, applyOnline: false },
    });
    expect(guide.materials).toHaveLength(ID_CARD.materials.length);
    expect(guide.materials[0]).toMatchObject({
      code: 'application_form',
      name: ID_CARD.materials[0].name,
      kind: 'original',
      copies: 1,
      necessity: 'required',
      source: 'applicant',
      notes: ID_CARD.materials[0].notes,
    });
    const conditional = guide.materials.find((m: { necessity: string }) => m.necessity === 'conditional');
    expect(conditional.requiredWhen.length).toBeGreaterThan(0);
    expect(guide.fees.map((f: { code: string; amount: number }) => [f.code, f.amount])).toEqual([
      ['renewal-fee', 20],
      ['damaged-fee', 40],
    ]);
  });

  it('never shows the rules, the form schema or the tests', async () => {
    const res = await server.request('GET', `/api/public/guides/${ID_CARD.code}`);
    const text = JSON.stringify(res.body);
    for (const internal of [
      '"rules"',
      '"tests"',
      '"form"',
      '"fact":',
      '"operator":',
      'sharedKey',
      'uiSchema',
    ]) {
      expect(text).not.toContain(internal);
    }
  });

  it('answers 404 for an unknown item and for an item with no active version', async () => {
    expect((await server.request('GET', '/api/public/guides/NO-SUCH-ITEM')).status).toBe(404);
    await server.request('POST', '/api/items', { role: 'admin', body: { code: 'GUIDE-DRAFT-ONLY' } });
    expect((await server.request('GET', '/api/public/guides/GUIDE-DRAFT-ONLY')).status).toBe(404);
  });
});
