import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Material } from '@onewindow/schemas';
import { Button, Progress, Upload, type UploadProps } from 'antd';
import { type KeyboardEvent, type MouseEvent, useState } from 'react';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { acceptAttribute, formatSize, scanLimitOf, scanTypesOf, typeLabels } from './scan-types.ts';
import { type ScanUploader, uploadScan } from './upload-scan.ts';
import { useScanErrorText } from './use-scan-error-text.ts';

type CustomRequest = NonNullable<UploadProps['customRequest']>;

/** A file on its way up, or refused (with the reason shown until the clerk dismisses it). */
interface Pending {
  uid: string;
  name: string;
  percent: number;
  error: string | null;
}

/** antd keeps no list of its own: this component shows the files (stored and pending) itself. */
const NO_FILES: NonNullable<UploadProps['fileList']> = [];

export interface MaterialScansProps {
  material: Material;
  /** The item version being received: uploads are held to this material's types and size by the server. */
  item: { code: string; version: number };
  /** This material's scans so far. */
  files: readonly CaseAttachment[];
  onAdd(file: CaseAttachment): void;
  onRemove(file: CaseAttachment): void;
  uploader?: ScanUploader;
  /** Prefix of the upload button's id (unique per page). */
  idPrefix: string;
}

/**
 * 扫描件 of one material: an upload button (the file picker offers the material's types; several files
 * at once), each upload's progress, each refusal in words (type judged by content, size), and every
 * stored scan with its name, size and short SHA-256, removable until the receipt is submitted.
 */
export function MaterialScans({
  material,
  item,
  files,
  onAdd,
  onRemove,
  uploader = uploadScan,
  idPrefix,
}: MaterialScansProps) {
  const { t, text } = useI18n();
  const errorText = useScanErrorText();
  const [pending, setPending] = useState<Pending[]>([]);
  const types = scanTypesOf(material);
  const limit = scanLimitOf(material);
  const materialName = text(material.name);
  const buttonId = `${idPrefix}-${material.code}-upload`;
  const hintId = `${buttonId}-hint`;

  const update = (uid: string, patch: Partial<Pending>) =>
    setPending((list) => list.map((p) => (p.uid === uid ? { ...p, ...patch } : p)));
  const drop = (uid: string) => setPending((list) => list.filter((p) => p.uid !== uid));

  const customRequest: CustomRequest = ({ file, onSuccess, onError }) => {
    if (!(file instanceof Blob)) return;
    const uid = 'uid' in file ? String(file.uid) : String(Math.random());
    const name = 'name' in file && typeof file.name === 'string' ? file.name : '';
    setPending((list) => [...list, { uid, name, percent: 0, error: null }]);
    // Refused here already when the material says so: no point sending it to be refused.
    if (limit !== null && file.size > limit) {
      update(uid, { error: t('scan.tooLarge', { size: formatSize(limit) }) });
      return;
    }
    const controller = new AbortController();
    uploader({
      file,
      name,
      item,
      material: material.code,
      onProgress: (percent) => update(uid, { percent }),
      signal: controller.signal,
    }).then(
      (stored) => {
        drop(uid);
        onAdd({ material: material.code, ...stored });
        onSuccess?.(stored);
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        update(uid, { error: errorText(error) });
        onError?.(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return { abort: () => controller.abort() };
  };

  // The button opens the picker itself: rc-upload's handler on its wrapper would blur the button
  // (a keyboard user loses their place) and, on Enter, open the picker twice (keydown and click).
  const openPicker = (event: MouseEvent<HTMLElement>) => {
    event.stopPropagation();
    event.currentTarget.parentElement?.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  };
  const keepEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter') event.stopPropagation();
  };

  return (
    <div>
      <div className="ow-line">
        <Upload
          accept={acceptAttribute(types)}
          multiple
          fileList={NO_FILES}
          showUploadList={false}
          customRequest={customRequest}
        >
          <Button
            id={buttonId}
            icon={<UploadOutlined aria-hidden />}
            aria-label={t('scan.uploadFor', { material: materialName })}
            aria-describedby={hintId}
            onClick={openPicker}
            onKeyDown={keepEnter}
          >
            {t('scan.upload')}
          </Button>
        </Upload>
        <span id={hintId} className="ow-why">
          {limit === null
            ? t('scan.acceptsTypes', { types: typeLabels(types) })
            : t('scan.accepts', { types: typeLabels(types), size: formatSize(limit) })}
        </span>
      </div>
      {(files.length > 0 || pending.length > 0) && (
        <ul className="ow-plain-list" aria-label={t('scan.list', { material: materialName })}>
          {files.map((f) => (
            <li key={f.sha256} className="ow-line">
              <PaperClipOutlined aria-hidden />
              <span>{f.name}</span>
              <span className="ow-why">
                {typeLabels([f.contentType])} · {formatSize(f.size)} ·{' '}
                {t('scan.hash', { hash: f.sha256.slice(0, 12) })}
              </span>
              <Button
                size="small"
                type="link"
                onClick={() => onRemove(f)}
                aria-label={t('scan.remove', { name: f.name })}
              >
                {t('scan.removeButton')}
              </Button>
            </li>
          ))}
          {pending.map((p) =>
            p.error === null ? (
              <li key={p.uid}>
                <span className="ow-why">{t('scan.uploading', { name: p.name })}</span>
                <Progress
                  percent={p.percent}
                  size="small"
                  aria-label={t('scan.progress', { name: p.name })}
                />
              </li>
            ) : (
              <li key={p.uid} className="ow-line">
                <span role="alert" className="ow-form-error">
                  {t('scan.failed', { name: p.name, reason: p.error })}
                </span>
                <Button
                  size="small"
                  type="link"
                  onClick={() => drop(p.uid)}
                  aria-label={t('scan.dismiss', { name: p.name })}
                >
                  {t('common.close')}
                </Button>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
