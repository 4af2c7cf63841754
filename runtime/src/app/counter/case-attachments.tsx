import { PaperClipOutlined } from '@ant-design/icons';
import type { Material } from '@onewindow/schemas';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { formatSize, typeLabels } from './scan-types.ts';
import { useMaterialName } from './use-material-name.ts';

/** Where a stored scan downloads, under the name it was attached with. */
export function scanHref(file: Pick<CaseAttachment, 'sha256' | 'name'>): string {
  return `/api/files/${file.sha256}?${new URLSearchParams({ name: file.name })}`;
}

/**
 * 扫描件 of a case: each file under the name of its material (from the pinned definition, when it is
 * loaded), with a download link, its type, size and short SHA-256 — what the case recorded.
 */
export function CaseAttachments({
  attachments,
  materials,
}: {
  attachments: readonly CaseAttachment[];
  materials?: readonly Material[];
}) {
  const { t } = useI18n();
  const nameOf = useMaterialName(materials);
  if (attachments.length === 0) return <p className="ow-why">{t('case.noAttachments')}</p>;
  return (
    <ul className="ow-check-list">
      {attachments.map((a) => (
        <li key={`${a.material}-${a.sha256}`}>
          <div className="ow-material-name">{nameOf(a.material)}</div>
          <div className="ow-line">
            <PaperClipOutlined aria-hidden />
            <a href={scanHref(a)} download={a.name} aria-label={t('case.download', { name: a.name })}>
              {a.name}
            </a>
            <span className="ow-why">
              {typeLabels([a.contentType])} · {formatSize(a.size)} ·{' '}
              {t('scan.hash', { hash: a.sha256.slice(0, 12) })}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
