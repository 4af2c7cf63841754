import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const calendar2027 = {
  year: 2027,
  source: '测试用',
  holidays: [
    { date: '2027-10-01', name: '国庆节' },
    { date: '2027-10-04', name: '国庆节' },
  ],
  workdays: [{ date: '2027-09-26', name: '国庆节调休' }],
};

describe('holiday calendars', () => {
  it('are seeded for 2025 and 2026 and readable without logging in', async () => {
    const res = await server.request('GET', '/api/calendars');
    expect(res.status).toBe(200);
    expect(res.body.calendars.map((c: { year: number }) => c.year)).toEqual([2025, 2026]);
  });

  it('are written by administrators only', async () => {
    expect((await server.request('PUT', '/api/calendars/2027', { body: calendar2027 })).status).toBe(401);
    expect(
      (await server.request('PUT', '/api/calendars/2027', { role: 'clerk', body: calendar2027 })).status,
    ).toBe(403);
    expect(
      (await server.request('PUT', '/api/calendars/2027', { role: 'inspector', body: calendar2027 })).status,
    ).toBe(403);
    const res = await server.request('PUT', '/api/calendars/2027', { role: 'admin', body: calendar2027 });
    expect(res.status).toBe(200);
    const years = (await server.request('GET', '/api/calendars', { role: 'clerk' })).body.calendars.map(
      (c: { year: number }) => c.year,
    );
    expect(years).toEqual([2025, 2026, 2027]);
    const audit = await server.request('GET', '/api/audit?kind=calendar&subject=calendar@2027', {
      role: 'inspector',
    });
    expect(audit.body.records[0]).toMatchObject({
      actor: 'admin',
      payload: { year: 2027, holidays: 2, workdays: 1 },
    });
  });

  it('refuse a calendar whose year is not the one in the path', async () => {
    const res = await server.request('PUT', '/api/calendars/2028', { role: 'admin', body: calendar2027 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('YEAR_MISMATCH');
  });

  it('refuse a make-up workday on a weekday and a date outside the year, pointing at each', async () => {
    const bad = { ...calendar2027, holidays: [{ date: '2028-01-01' }], workdays: [{ date: '2027-09-27' }] };
    const res = await server.request('PUT', '/api/calendars/2027', { role: 'admin', body: bad });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/holidays/0/date',
      '/workdays/0/date',
    ]);
  });

  it('refuse data that is not a holiday calendar with 400 and the failing paths', async () => {
    const res = await server.request('PUT', '/api/calendars/2027', {
      role: 'admin',
      body: { year: 2027, holidays: [{ date: '2027-13-01' }], workdays: [], extra: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.length).toBeGreaterThan(0);
  });
});
