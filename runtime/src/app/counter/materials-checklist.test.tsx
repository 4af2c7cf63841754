// @vitest-environment jsdom
import '../test-setup.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../shared/api/api-error.ts';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { exampleItem } from '../shared/testing/example-item.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { MaterialsChecklist } from './materials-checklist.tsx';
import { withoutScan, withScan } from './receipt-scans.ts';
import type { ScanUploader } from './upload-scan.ts';

/** 个体工商户设立登记: 申请书 takes PDF or OFD up to 10 MB. */
const item = exampleItem('individual-business-registration');
const SHA = 'ab12cd34ef56'.padEnd(64, '7');

function Receipt({ uploader, onScans }: { uploader: ScanUploader; onScans?(list: CaseAttachment[]): void }) {
  const [attachments, setAttachments] = useState<CaseAttachment[]>([]);
  const change = (next: (list: CaseAttachment[]) => CaseAttachment[]) =>
    setAttachments((list) => {
      const updated = next(list);
      onScans?.(updated);
      return updated;
    });
  return (
    <MaterialsChecklist
      materials={item.materials}
      ticks={{}}
      onChange={() => {}}
      scans={{
        item: { code: item.code, version: 1 },
        attachments,
        onAdd: (file) => change((list) => withScan(list, file)),
        onRemove: (file) => change((list) => withoutScan(list, file)),
        uploader,
      }}
    />
  );
}

function applicationForm() {
  return screen.getByRole('group', { name: /个体工商户登记（备案）申请书/ });
}

function pick(group: HTMLElement, file: File) {
  const input = group.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

const pdf = (name = '申请书.pdf', size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

describe('the materials checklist with scans', () => {
  it("labels each material's upload and says what it takes", () => {
    renderWithI18n(<Receipt uploader={vi.fn()} />);
    const group = applicationForm();
    const button = within(group).getByRole('button', { name: '上传扫描件：个体工商户登记（备案）申请书' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(group).getByText('支持 PDF / OFD，单个文件不超过 10 MB')).toBeTruthy();
    expect(group.querySelector('input[type="file"]')?.getAttribute('accept')).toBe(
      '.pdf,application/pdf,.ofd,application/ofd',
    );
  });

  it('uploads a picked file for its material, shows its progress, then lists it with size and short hash', async () => {
    let finish: (value: Awaited<ReturnType<ScanUploader>>) => void = () => {};
    const uploader = vi.fn<ScanUploader>(
      ({ onProgress }) =>
        new Promise((resolve) => {
          onProgress?.(40);
          finish = resolve;
        }),
    );
    const onScans = vi.fn();
    renderWithI18n(<Receipt uploader={uploader} onScans={onScans} />);
    pick(applicationForm(), pdf());
    // rc-upload hands the file over asynchronously.
    await waitFor(() =>
      expect(uploader).toHaveBeenCalledWith(
        expect.objectContaining({
          name: '申请书.pdf',
          material: 'application_form',
          item: { code: item.code, version: 1 },
        }),
      ),
    );
    const progress = await screen.findByRole('progressbar', { name: '申请书.pdf 上传进度' });
    expect(progress.getAttribute('aria-valuenow')).toBe('40');

    finish({ sha256: SHA, size: 2048, contentType: 'application/pdf', name: '申请书.pdf' });
    const list = await screen.findByRole('list', { name: '个体工商户登记（备案）申请书 的扫描件' });
    expect(within(list).getByText('申请书.pdf')).toBeTruthy();
    expect(within(list).getByText(/PDF · 2 KB · SHA-256 ab12cd34ef56…/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(onScans).toHaveBeenLastCalledWith([
      {
        material: 'application_form',
        sha256: SHA,
        size: 2048,
        contentType: 'application/pdf',
        name: '申请书.pdf',
      },
    ]);

    fireEvent.click(within(list).getByRole('button', { name: '移除 申请书.pdf' }));
    await waitFor(() => expect(screen.queryByText('申请书.pdf')).toBeNull());
    expect(onScans).toHaveBeenLastCalledWith([]);
  });

  it('says in words why the server refused a file: its content, not its name, is not what the material takes', async () => {
    const uploader = vi.fn<ScanUploader>().mockRejectedValue(
      new ApiError(415, {
        status: 415,
        code: 'FILE_TYPE_UNKNOWN',
        detected: null,
        accepted: ['application/pdf', 'application/ofd'],
      }),
    );
    const onScans = vi.fn();
    renderWithI18n(<Receipt uploader={uploader} onScans={onScans} />);
    pick(applicationForm(), pdf('notes.pdf'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'notes.pdf 上传失败：文件内容不是 PDF / OFD 格式（以文件内容为准，与扩展名无关），请上传原始扫描件。',
    );
    expect(onScans).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '关闭提示：notes.pdf' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("refuses a file over the material's size limit without sending it", async () => {
    const uploader = vi.fn<ScanUploader>();
    renderWithI18n(<Receipt uploader={uploader} />);
    pick(applicationForm(), pdf('big.pdf', 10 * 1024 * 1024 + 1));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'big.pdf 上传失败：文件超过大小限制（10 MB）。',
    );
    expect(uploader).not.toHaveBeenCalled();
  });

  it('shows no uploads where the checklist is given no scans (the supplement dialog)', () => {
    renderWithI18n(<MaterialsChecklist materials={item.materials} ticks={{}} onChange={() => {}} />);
    expect(screen.queryByRole('button', { name: /上传扫描件/ })).toBeNull();
  });
});
