// @vitest-environment jsdom
import '../test-setup.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../shared/api/api-client.ts';
import { ApiProvider } from '../shared/api/api-context.tsx';
import type { CaseView } from '../shared/api/api-types.ts';
import { exampleItem } from '../shared/testing/example-item.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { ActionDialog } from './action-dialog.tsx';
import type { ScanUploader } from './upload-scan.ts';

/** 个体工商户设立登记: 申请书 takes PDF or OFD. */
const item = exampleItem('individual-business-registration');
const incomplete = item.tests.find((t) => t.expect.outcome === 'incomplete');
if (!incomplete) throw new Error('the example has an incomplete test case');
const SHA = 'c3'.repeat(32);

const view = {
  id: 'case-1',
  caseNumber: 'YCT-2026-000001',
  definition: { code: item.code, version: 1, hash: 'h1' },
  status: 'supplement-requested',
  formData: incomplete.input.formData,
  materials: incomplete.input.materials,
  attachments: [],
  outcome: 'incomplete',
  revision: 3,
  promisedDue: null,
  statutoryDue: null,
  clocks: { acceptanceWindow: null, promised: null, statutory: null, provisional: [], overdue: null },
  allowedActions: ['record-supplement'],
} as unknown as CaseView;

function renderDialog(uploader: ScanUploader) {
  const posted: { path: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    posted.push({ path: String(input), body: JSON.parse(String(init?.body)) });
    return new Response(JSON.stringify({ case: { ...view, status: 'received', revision: 4 } }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  const onDone = vi.fn();
  renderWithI18n(
    <ApiProvider client={createApiClient({ fetch })}>
      <ActionDialog
        view={view}
        action="record-supplement"
        version={{ hash: 'h1', definition: item }}
        uploader={uploader}
        onClose={() => {}}
        onDone={onDone}
      />
    </ApiProvider>,
  );
  return { posted, onDone };
}

describe('recording a supplement', () => {
  it('uploads the scans of what was brought and records them with the corrected case', async () => {
    const uploader = vi.fn<ScanUploader>().mockResolvedValue({
      sha256: SHA,
      name: '申请书（补正）.pdf',
      size: 4096,
      contentType: 'application/pdf',
    });
    const { posted, onDone } = renderDialog(uploader);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('补交材料的扫描件可在各材料下上传，随补正一并记录。')).toBeTruthy();
    // The material's fieldset in the checklist (the form has a field of that name too).
    const group = within(dialog)
      .getAllByRole('group', { name: /个体工商户登记（备案）申请书/ })
      .find((g) => g.querySelector('input[type="file"]')) as HTMLElement;
    const input = group.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, {
      target: {
        files: [new File([new Uint8Array(4096)], '申请书（补正）.pdf', { type: 'application/pdf' })],
      },
    });
    await waitFor(() =>
      expect(uploader).toHaveBeenCalledWith(
        expect.objectContaining({
          material: 'application_form',
          item: expect.objectContaining({ code: item.code, version: 1 }),
        }),
      ),
    );
    expect(await within(group).findByText('申请书（补正）.pdf')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posted).toHaveLength(1);
    expect(posted[0]?.path).toBe('/api/cases/case-1/actions/record-supplement');
    expect(posted[0]?.body).toMatchObject({
      expectedRevision: 3,
      formData: incomplete.input.formData,
      attachments: [{ material: 'application_form', sha256: SHA, name: '申请书（补正）.pdf' }],
    });
  });

  it('sends no attachments when no scan was brought', async () => {
    const { posted, onDone } = renderDialog(vi.fn<ScanUploader>());
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posted[0]?.body).not.toHaveProperty('attachments');
    expect(posted[0]?.body).toHaveProperty('materials');
  });
});
