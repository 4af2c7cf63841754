import type { ServiceItem } from '@onewindow/schemas';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { centreToday } from '../shared/check/centre-today.ts';
import { compileCached } from '../shared/check/compile-cached.ts';
import { OutcomeBadge } from '../shared/check/outcome-badge.tsx';
import { useLiveCheck } from '../shared/check/use-live-check.ts';
import { type FormData, ItemForm } from '../shared/form/item-form.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { providedMaterials, ticksOf } from './material-ticks.ts';
import { MaterialsChecklist, type MaterialsChecklistScans } from './materials-checklist.tsx';
import { scanRefs, withoutScan, withScan } from './receipt-scans.ts';
import type { ScanUploader } from './upload-scan.ts';

/** What a recorded supplement sends: the corrected form, the materials now provided, the scans brought. */
export interface SupplementInput {
  formData: FormData;
  materials: string[];
  /** Scans uploaded for this supplement (absent when none): the server adds them to the case's. */
  attachments?: ReturnType<typeof scanRefs>;
}

/**
 * 补正: the case's form to correct and its materials to tick again, each material taking scans of
 * what was brought (uploaded at once, held to the pinned version's file rules), with the live
 * outcome, so the clerk sees the supplement is complete before recording it. Reports every change
 * through `onChange`.
 */
export function SupplementFields({
  version,
  item,
  formData,
  materials,
  onChange,
  uploader,
}: {
  version: { hash: string; definition: ServiceItem };
  /** The case's pinned item version: the scans are uploaded for it. */
  item: { code: string; version: number };
  formData: FormData;
  materials: readonly string[];
  onChange(input: SupplementInput): void;
  uploader?: ScanUploader;
}) {
  const { t } = useI18n();
  const compiled = useMemo(() => compileCached(version), [version]);
  const live = useLiveCheck(compiled, centreToday());
  const [ticks, setTicks] = useState(() => ticksOf(version.definition.materials, materials));
  const [attachments, setAttachments] = useState<CaseAttachment[]>([]);
  const data = useRef(formData);
  const provided = providedMaterials(version.definition.materials, ticks);
  const scans: MaterialsChecklistScans = {
    item,
    attachments,
    onAdd: (file) => setAttachments((list) => withScan(list, file)),
    onRemove: (file) => setAttachments((list) => withoutScan(list, file)),
    uploader,
  };
  const report = (next: FormData) =>
    onChange({
      formData: next,
      materials: provided,
      ...(attachments.length > 0 ? { attachments: scanRefs(attachments) } : {}),
    });
  const { runNow } = live;
  // biome-ignore lint/correctness/useExhaustiveDependencies: checks once on open, then on every change of the materials
  useEffect(() => {
    runNow({ formData: data.current, materials: provided });
  }, [ticks]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reports once on open, then on every change of ticks or scans
  useEffect(() => report(data.current), [ticks, attachments]);
  return (
    <>
      <p>{t('action.supplementHint')}</p>
      <div className="ow-check-outcome">
        {live.result ? <OutcomeBadge outcome={live.result.outcome} /> : null}
      </div>
      <ItemForm
        schema={version.definition.form.schema}
        uiSchema={version.definition.form.uiSchema}
        initialFormData={formData}
        formErrors={live.result?.formErrors}
        showErrors="all"
        idPrefix="supplement"
        onChange={(next) => {
          data.current = next;
          live.schedule({ formData: next, materials: provided });
          report(next);
        }}
      />
      <p className="ow-why">{t('action.supplementScans')}</p>
      <MaterialsChecklist
        materials={version.definition.materials}
        ticks={ticks}
        onChange={setTicks}
        statuses={live.result?.materials}
        idPrefix="supplement-material"
        scans={scans}
      />
    </>
  );
}
