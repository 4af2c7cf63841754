import type { Material, MaterialStatus } from '@onewindow/schemas';
import { Checkbox } from 'antd';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { materialState } from '../shared/check/material-state.ts';
import { ToneTag } from '../shared/check/tone-tag.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import type { MessageKey } from '../shared/i18n/messages.ts';
import { MaterialScans } from './material-scans.tsx';
import { type Tick, ticksFor } from './material-ticks.ts';
import type { ScanUploader } from './upload-scan.ts';

const TICK_LABEL: Record<Tick, MessageKey> = {
  original: 'receive.checkedOriginal',
  copy: 'receive.checkedCopy',
  electronic: 'receive.checkedElectronic',
};

export interface MaterialsChecklistProps {
  materials: readonly Material[];
  ticks: Readonly<Record<string, readonly string[]>>;
  onChange(ticks: Record<string, string[]>): void;
  /** The live check's material statuses, to show which are required for this case. */
  statuses?: readonly MaterialStatus[];
  /** Prefix of the checkboxes' ids (unique per page). */
  idPrefix?: string;
  /** With it, each material also takes scans (扫描件), uploaded at once and listed here. */
  scans?: MaterialsChecklistScans;
}

/** The scans of a receipt being filled in, and the item version they are uploaded for. */
export interface MaterialsChecklistScans {
  item: { code: string; version: number };
  attachments: readonly CaseAttachment[];
  /** A scan was stored (several may arrive before the next render: update from the latest list). */
  onAdd(file: CaseAttachment): void;
  onRemove(file: CaseAttachment): void;
  uploader?: ScanUploader;
}

/**
 * 材料核验: each material of the item with what it is (原件/复印件, copies, source) and a tick for each
 * check the clerk makes; a material counts as provided once every tick it needs is set. With `scans`,
 * each material also has its uploads (the server judges each file by content and stores it by hash).
 */
export function MaterialsChecklist({
  materials,
  ticks,
  onChange,
  statuses,
  idPrefix = 'material',
  scans,
}: MaterialsChecklistProps) {
  const { t, text } = useI18n();
  const statusOf = new Map(statuses?.map((s) => [s.code, s]));
  const toggle = (code: string, tick: Tick, on: boolean) => {
    const current: string[] = [...(ticks[code] ?? [])];
    const next: string[] = on ? [...new Set([...current, tick])] : current.filter((x) => x !== tick);
    onChange({ ...(ticks as Record<string, string[]>), [code]: next });
  };

  return (
    <>
      <p className="ow-why">{t('receive.materialsHint')}</p>
      <ul className="ow-check-list ow-materials-check">
        {materials.map((m) => {
          const status = statusOf.get(m.code);
          const state = status ? materialState(status, t) : undefined;
          return (
            <li key={m.code}>
              <fieldset className="ow-fieldset">
                <legend className="ow-line">
                  <span className="ow-material-name">{text(m.name)}</span>
                  <ToneTag tone="neutral">{t(`kind.${m.kind}` as const)}</ToneTag>
                  {state ? (
                    <ToneTag tone={state.tone}>
                      {state.required ? `${t('material.required')} · ${state.label}` : state.label}
                    </ToneTag>
                  ) : (
                    <ToneTag tone="neutral">{t(`necessity.${m.necessity}` as const)}</ToneTag>
                  )}
                </legend>
                <div className="ow-line">
                  {ticksFor(m.kind).map((tick) => (
                    <Checkbox
                      key={tick}
                      id={`${idPrefix}-${m.code}-${tick}`}
                      checked={ticks[m.code]?.includes(tick) ?? false}
                      onChange={(e) => toggle(m.code, tick, e.target.checked)}
                    >
                      {t(TICK_LABEL[tick])}
                    </Checkbox>
                  ))}
                  {(m.copies ?? 1) > 1 && (
                    <span className="ow-why">{t('receive.copies', { n: m.copies ?? 1 })}</span>
                  )}
                  <span className="ow-why">{t(`source.${m.source}` as const)}</span>
                </div>
                {m.notes && <div className="ow-why">{text(m.notes)}</div>}
                {scans && (
                  <MaterialScans
                    material={m}
                    item={scans.item}
                    files={scans.attachments.filter((a) => a.material === m.code)}
                    onAdd={scans.onAdd}
                    onRemove={scans.onRemove}
                    uploader={scans.uploader}
                    idPrefix={idPrefix}
                  />
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </>
  );
}
