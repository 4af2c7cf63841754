import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jpegBytes,
  sha256Of,
  textPretendingToBePdf,
  tinyPdf,
  tinyPng,
  upload,
} from './attachments-fixtures.ts';
import { act, exampleInput, receive } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

// Uploads are limited to 256 KiB on this server, so that "too large" is quick to send.
const LIMIT = 256 * 1024;
/** 个体工商户设立登记: application_form takes PDF or OFD, premises_proof PDF, JPEG or PNG. */
const BIZ = exampleInput('individual-business-registration', 'accept');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { fileLimit: LIMIT } });
}, 60_000);
afterAll(() => server.close());

async function uploadOk(bytes: Uint8Array, type: string, name: string) {
  const res = await upload(server, bytes, { type, query: { name } });
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { sha256: string; size: number; contentType: string; name: string };
}

describe('upload (上传扫描件)', () => {
  it('stores a PDF, a PNG and a JPEG under their SHA-256 and says what each is', async () => {
    for (const [bytes, type, name] of [
      [tinyPdf(), 'application/pdf', '申请书.pdf'],
      [tinyPng(), 'image/png', '场所照片.png'],
      [jpegBytes(), 'image/jpeg', 'scan.jpg'],
    ] as const) {
      const res = await upload(server, bytes, { type, query: { name } });
      expect(res.status, name).toBe(201);
      expect(res.body).toEqual({ sha256: sha256Of(bytes), size: bytes.length, contentType: type, name });
      expect(res.headers.get('location')).toBe(`/api/files/${sha256Of(bytes)}`);
    }
  });

  it('stores the same bytes once: the second upload answers the same address', async () => {
    const bytes = tinyPdf('twice');
    const first = await upload(server, bytes, { query: { name: 'a.pdf' } });
    const second = await upload(server, bytes, { query: { name: 'b.pdf' } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ sha256: first.body.sha256, name: 'b.pdf' });
  });

  it('judges the type by content: a text file renamed .pdf is refused (415) and not stored', async () => {
    const bytes = textPretendingToBePdf();
    const res = await upload(server, bytes, { type: 'application/pdf', query: { name: 'notes.pdf' } });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'FILE_TYPE_UNKNOWN', detected: null });
    expect(res.body.accepted).toEqual(expect.arrayContaining(['application/pdf', 'image/png']));
    expect(await server.deps.store.getFileInfo({ sha256: sha256Of(bytes) })).toBeNull();
  });

  it('refuses content the declared type contradicts, and takes content declared as nothing in particular', async () => {
    const png = tinyPng(3);
    const mismatch = await upload(server, png, { type: 'application/pdf', query: { name: 'x.pdf' } });
    expect(mismatch.status).toBe(415);
    expect(mismatch.body).toMatchObject({
      code: 'FILE_TYPE_MISMATCH',
      declared: 'application/pdf',
      detected: 'image/png',
    });
    const unnamed = await upload(server, png, { type: 'application/octet-stream' });
    expect(unnamed.status).toBe(201);
    expect(unnamed.body).toMatchObject({
      contentType: 'image/png',
      name: `${sha256Of(png).slice(0, 12)}.png`,
    });
  });

  it('refuses a file over the limit (413), whether its length is declared or it streams past it', async () => {
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(LIMIT)]);
    const declared = await upload(server, big);
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ code: 'FILE_TOO_LARGE', limit: LIMIT });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 8; i++)
          controller.enqueue(big.subarray(i * (big.length / 8), (i + 1) * (big.length / 8)));
        controller.close();
      },
    });
    const streamed = await upload(server, stream).catch((error: unknown) => ({ status: 0, error }));
    // The server answers 413 and closes the connection; a client may see the answer or the reset.
    expect([413, 0]).toContain(streamed.status);
    expect(await server.deps.store.getFileInfo({ sha256: sha256Of(big) })).toBeNull();
  });

  it('refuses an empty upload (400)', async () => {
    const res = await upload(server, new Uint8Array(0));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('EMPTY_FILE');
  });

  it("holds an upload to the named material's types: a PNG is not an application form (PDF or OFD)", async () => {
    const target = { item: BIZ.code, material: 'application_form' };
    const png = await upload(server, tinyPng(4), { type: 'image/png', query: target });
    expect(png.status).toBe(415);
    expect(png.body).toMatchObject({
      code: 'FILE_TYPE_NOT_ACCEPTED',
      material: 'application_form',
      detected: 'image/png',
      accepted: ['application/pdf', 'application/ofd'],
    });
    const pdf = await upload(server, tinyPdf('form'), {
      query: { ...target, version: '1', name: '申请书.pdf' },
    });
    expect(pdf.status).toBe(201);
    const unknown = await upload(server, tinyPdf('form'), { query: { item: BIZ.code, material: 'no_such' } });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'UNKNOWN_MATERIAL' } });
    const loose = await upload(server, tinyPdf('form'), { query: { material: 'application_form' } });
    expect(loose.status).toBe(400);
  });
});

describe('download', () => {
  it('gives back the same bytes, as their type, under the name asked for, never sniffed or cached', async () => {
    const bytes = tinyPdf('round trip');
    const { sha256 } = await uploadOk(bytes, 'application/pdf', 'x.pdf');
    for (const role of ['clerk', 'inspector', 'admin'] as const) {
      const res = await fetch(
        `${server.baseUrl}/api/files/${sha256}?name=${encodeURIComponent('户口簿 首页.pdf')}`,
        {
          headers: { Cookie: await server.cookieFor(role) },
        },
      );
      expect(res.status, role).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="___ __.pdf"; filename*=UTF-8''%E6%88%B7%E5%8F%A3%E7%B0%BF%20%E9%A6%96%E9%A1%B5.pdf`,
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      // The download's own policy replaces the web apps' one (not sent as a second one beside it).
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    }
  });

  it('answers 400 for an address that is not a SHA-256, 404 for one with nothing stored, 401 without a login', async () => {
    const bad = await server.request('GET', '/api/files/..%2F..%2Fetc%2Fpasswd', { role: 'clerk' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'BAD_SHA256' } });
    const upper = await server.request('GET', `/api/files/${'A'.repeat(64)}`, { role: 'clerk' });
    expect(upper.status).toBe(400);
    const none = await server.request('GET', `/api/files/${'0'.repeat(64)}`, { role: 'clerk' });
    expect(none).toMatchObject({ status: 404, body: { code: 'FILE_NOT_FOUND' } });
    expect((await server.request('GET', `/api/files/${'0'.repeat(64)}`)).status).toBe(401);
  });
});

describe('attachments on a case', () => {
  it('refuses a receipt naming a file that was never uploaded (422), and files nothing', async () => {
    const before = await server.deps.store.listInbox({});
    const res = await receive(server, {
      ...BIZ,
      attachments: [{ material: 'application_form', sha256: 'f'.repeat(64), name: '申请书.pdf' }],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'ATTACHMENT_INVALID',
      errors: [{ path: '/attachments/0/sha256' }],
    });
    expect((await server.deps.store.listInbox({})).total).toBe(before.total);
  });

  it('refuses an attachment to a material that does not take its type, or to no material of the item', async () => {
    const png = await uploadOk(tinyPng(5), 'image/png', 'photo.png');
    const res = await receive(server, {
      ...BIZ,
      attachments: [
        { material: 'application_form', sha256: png.sha256, name: 'photo.png' },
        { material: 'no_such_material', sha256: png.sha256, name: 'photo.png' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/attachments/0/sha256',
      '/attachments/1/material',
    ]);
  });

  it('records the attachments on the case, its timeline and the audit record of its check', async () => {
    const form = await uploadOk(tinyPdf('application'), 'application/pdf', '申请书.pdf');
    const premises = await uploadOk(tinyPng(6), 'image/png', '场所.png');
    const attachments = [
      { material: 'application_form', sha256: form.sha256, name: '申请书.pdf' },
      { material: 'premises_proof', sha256: premises.sha256, name: 'C:\\scans\\场所.png' },
    ];
    const res = await receive(
      server,
      { ...BIZ, attachments },
      { 'Idempotency-Key': 'attachments-receipt-1' },
    );
    expect(res.status).toBe(201);
    const expected = [
      {
        material: 'application_form',
        sha256: form.sha256,
        name: '申请书.pdf',
        size: form.size,
        contentType: 'application/pdf',
      },
      {
        material: 'premises_proof',
        sha256: premises.sha256,
        name: '场所.png',
        size: premises.size,
        contentType: 'image/png',
      },
    ];
    expect(res.body.case.attachments).toEqual(expected);

    const detail = await server.request('GET', `/api/cases/${res.body.case.id}`, { role: 'inspector' });
    expect(detail.body.case.attachments).toEqual(expected);
    expect(detail.body.timeline[0].data.attachments).toEqual([
      { material: 'application_form', sha256: form.sha256, name: '申请书.pdf' },
      { material: 'premises_proof', sha256: premises.sha256, name: '场所.png' },
    ]);
    const audit = await server.request('GET', `/api/audit?subject=${res.body.case.id}`, {
      role: 'inspector',
    });
    const check = audit.body.records.find((r: { kind: string }) => r.kind === 'check');
    expect(check.payload.attachments.map((a: { sha256: string }) => a.sha256)).toEqual([
      form.sha256,
      premises.sha256,
    ]);

    // A retry with the same key and body gets the same case; the same key with other attachments is refused.
    const retry = await receive(
      server,
      { ...BIZ, attachments },
      { 'Idempotency-Key': 'attachments-receipt-1' },
    );
    expect(retry.status).toBe(201);
    expect(retry.body.case.id).toBe(res.body.case.id);
    const changed = await receive(
      server,
      { ...BIZ, attachments: attachments.slice(0, 1) },
      { 'Idempotency-Key': 'attachments-receipt-1' },
    );
    expect(changed).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('adds the scans a supplement brings, and refuses scans on any other action', async () => {
    const input = exampleInput('individual-business-registration', 'incomplete');
    const filed = (await receive(server, input)).body.case;
    await act(server, filed.id, 'request-supplement');
    const scan = await uploadOk(tinyPdf('supplement'), 'application/pdf', '补正.pdf');
    const attachments = [{ material: 'application_form', sha256: scan.sha256, name: '补正.pdf' }];

    const refused = await act(server, filed.id, 'withdraw', { reason: '申请人撤回', attachments });
    expect(refused).toMatchObject({ status: 422, body: { code: 'ATTACHMENTS_NOT_ALLOWED' } });

    const res = await act(server, filed.id, 'record-supplement', { attachments });
    expect(res.status).toBe(200);
    expect(res.body.case.attachments).toEqual([
      { ...attachments[0], size: scan.size, contentType: 'application/pdf' },
    ]);
    const detail = await server.request('GET', `/api/cases/${filed.id}`, { role: 'clerk' });
    expect(detail.body.timeline.at(-1)).toMatchObject({
      type: 'record-supplement',
      data: { attachmentsAdded: attachments },
    });
  });
});
