import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROGRESS_QUERIES_PER_CASE_PER_DAY,
  queryPublicProgress,
} from '../../server/src/cases/query-public-progress.ts';
import { act, exampleInput, receiveOk } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

const progress = (body: unknown, headers: Record<string, string> = {}) =>
  server.request('POST', '/api/public/progress', { body, headers });

describe('public progress query (办理进度)', () => {
  it('shows status, item and a timeline of event types and dates, without personal or form data', async () => {
    const input = exampleInput('individual-business-registration', 'accept');
    const { case: filed, queryCode } = await receiveOk(server, input);
    await act(server, filed.id, 'accept');
    const res = await progress({ caseNumber: filed.caseNumber, queryCode });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      caseNumber: filed.caseNumber,
      itemName: '个体工商户设立登记',
      status: 'accepted',
      statusText: '已受理',
      receivedOn: '2026-11-30',
      acceptedOn: '2026-11-30',
      promisedDue: '2026-12-03',
      concludedOn: null,
      timeline: [
        { type: 'receive', date: '2026-11-30' },
        { type: 'accept', date: '2026-11-30' },
      ],
    });
    const text = JSON.stringify(res.body);
    for (const secret of [
      input.formData.operator.name,
      input.formData.operator.idNumber,
      'clerk',
      filed.id,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives a wrong code and an unknown number the same 404', async () => {
    const { case: filed, queryCode } = await receiveOk(server, exampleInput('birth-registration', 'accept'));
    const wrongCode = String((Number(queryCode) + 1) % 1e8).padStart(8, '0');
    const wrong = await progress({ caseNumber: filed.caseNumber, queryCode: wrongCode });
    const unknown = await progress({ caseNumber: '2026113099999', queryCode });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const { instance: _a, requestId: _b, ...wrongProblem } = wrong.body;
    const { instance: _c, requestId: _d, ...unknownProblem } = unknown.body;
    expect(wrongProblem).toEqual(unknownProblem);
    expect(wrong.body.detail).not.toContain(filed.caseNumber);
  });

  it('limits each address to 10 queries a minute (429 with Retry-After)', async () => {
    // Three queries above were made from this address within the minute: seven more are answered.
    const body = { caseNumber: '2026113099998', queryCode: '12345678' };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await progress(body)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 429]);
    const limited = await progress(body);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits queries for one case number across addresses, so a query code cannot be guessed from many', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < PROGRESS_QUERIES_PER_CASE_PER_DAY + 1; i++) {
      const query = { ip: `198.51.100.${i}`, caseNumber: '2026113099997', queryCode: '12345678' };
      outcomes.push(
        await queryPublicProgress(server.deps, query).then(
          () => 'found',
          (e: { status: number }) => String(e.status),
        ),
      );
    }
    expect(outcomes.slice(0, -1).every((o) => o === '404')).toBe(true);
    expect(outcomes.at(-1)).toBe('429');
  });
});
