import { PaperClipOutlined } from '@ant-design/icons';
import type { Material } from '@onewindow/schemas';
import { Timeline } from 'antd';
import type { CaseAttachment, CaseEvent } from '../shared/api/api-types.ts';
import { formatInstant } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import type { MessageKey } from '../shared/i18n/messages.ts';
import { scanHref } from './case-attachments.tsx';
import { actorLabel, eventLabel, type I18nLike } from './event-label.ts';
import { type EventScan, eventScans } from './event-scans.ts';
import { formatSize, typeLabels } from './scan-types.ts';
import { useMaterialName } from './use-material-name.ts';

function details(e: CaseEvent, i18n: I18nLike): string[] {
  const { t } = i18n;
  const lines: string[] = [];
  const d = e.data;
  if (typeof d.reason === 'string')
    lines.push(t('common.labelled', { label: t('action.reason'), value: d.reason }));
  if (typeof d.type === 'string' && e.type === 'suspend') lines.push(t(`suspend.${d.type}` as MessageKey));
  if (typeof d.approver === 'string')
    lines.push(
      t('common.labelled', {
        label: t('action.approver'),
        value: `${d.approver}${t('common.comma')}+${String(d.amount)}`,
      }),
    );
  if (typeof d.to === 'string' && e.type === 'override')
    lines.push(
      t('common.labelled', { label: t('action.outcome'), value: t(`outcome.${d.to}` as MessageKey) }),
    );
  if (typeof d.outcome === 'string' && e.type === 'receive')
    lines.push(
      t('common.labelled', { label: t('case.outcome'), value: t(`outcome.${d.outcome}` as MessageKey) }),
    );
  if (typeof d.acceptedOn === 'string')
    lines.push(t('common.labelled', { label: t('case.accepted'), value: d.acceptedOn }));
  return lines;
}

/** The scans one event brought, each under its material's name with a download link. */
function EventScans({
  event,
  scans,
  attachments,
  materialName,
}: {
  event: CaseEvent;
  scans: EventScan[];
  attachments: readonly CaseAttachment[];
  materialName(code: string): string;
}) {
  const { t } = useI18n();
  const title = t(event.type === 'receive' ? 'case.eventScans' : 'case.eventScansAdded');
  return (
    <>
      <div className="ow-why">{title}</div>
      <ul className="ow-plain-list" aria-label={title}>
        {scans.map((s) => {
          // The case's own record of the file says what it is; the event keeps only its address.
          const known = attachments.find((a) => a.material === s.material && a.sha256 === s.sha256);
          return (
            <li key={`${s.material}-${s.sha256}`} className="ow-line">
              <PaperClipOutlined aria-hidden />
              <span>
                {materialName(s.material)}
                {t('common.colon')}
              </span>
              <a href={scanHref(s)} download={s.name} aria-label={t('case.download', { name: s.name })}>
                {s.name}
              </a>
              <span className="ow-why">
                {known
                  ? `${typeLabels([known.contentType])} · ${formatSize(known.size)} · ${t('scan.hash', { hash: s.sha256.slice(0, 12) })}`
                  : t('scan.hash', { hash: s.sha256.slice(0, 12) })}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * 办理过程: every event with its time, actor, new status and what it carried — the scans a receipt
 * or a supplement brought included, each downloadable.
 */
export function CaseTimeline({
  events,
  attachments = [],
  materials,
}: {
  events: readonly CaseEvent[];
  /** The case's scans (what each file is); the events name theirs by SHA-256. */
  attachments?: readonly CaseAttachment[];
  /** The pinned definition's materials, for their names (codes are shown until it is loaded). */
  materials?: readonly Material[];
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const materialName = useMaterialName(materials);
  return (
    <Timeline
      items={events.map((e) => {
        const scans = eventScans(e);
        return {
          key: `${e.seq}-${e.type}`,
          content: (
            <div>
              <div className="ow-line">
                <strong>{eventLabel(e.type, i18n)}</strong>
                <span>→ {t(`status.${e.toStatus}` as const)}</span>
              </div>
              <div className="ow-why">
                {formatInstant(e.at, locale)} · {actorLabel(e, i18n)}
              </div>
              {details(e, i18n).map((line) => (
                <div key={line} className="ow-why">
                  {line}
                </div>
              ))}
              {scans.length > 0 && (
                <EventScans event={e} scans={scans} attachments={attachments} materialName={materialName} />
              )}
            </div>
          ),
        };
      })}
    />
  );
}
