import type { ServiceItem } from '@onewindow/schemas';
import { useEffect, useMemo, useRef, useState } from 'react';
import { centreToday } from '../shared/check/centre-today.ts';
import { compileCached } from '../shared/check/compile-cached.ts';
import { OutcomeBadge } from '../shared/check/outcome-badge.tsx';
import { useLiveCheck } from '../shared/check/use-live-check.ts';
import { type FormData, ItemForm } from '../shared/form/item-form.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { providedMaterials, ticksOf } from './material-ticks.ts';
import { MaterialsChecklist } from './materials-checklist.tsx';

/** What a recorded supplement sends: the corrected form and the materials now provided. */
export interface SupplementInput {
  formData: FormData;
  materials: string[];
}

/**
 * 补正: the case's form to correct and its materials to tick again, with the live outcome, so the clerk
 * sees the supplement is complete before recording it. Reports every change through `onChange`.
 */
export function SupplementFields({
  version,
  formData,
  materials,
  onChange,
}: {
  version: { hash: string; definition: ServiceItem };
  formData: FormData;
  materials: readonly string[];
  onChange(input: SupplementInput): void;
}) {
  const { t } = useI18n();
  const compiled = useMemo(() => compileCached(version), [version]);
  const live = useLiveCheck(compiled, centreToday());
  const [ticks, setTicks] = useState(() => ticksOf(version.definition.materials, materials));
  const data = useRef(formData);
  const provided = providedMaterials(version.definition.materials, ticks);
  const { runNow } = live;
  // biome-ignore lint/correctness/useExhaustiveDependencies: checks once on open, then on every change
  useEffect(() => {
    runNow({ formData: data.current, materials: provided });
    onChange({ formData: data.current, materials: provided });
  }, [ticks]);
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
          onChange({ formData: next, materials: provided });
        }}
      />
      <MaterialsChecklist
        materials={version.definition.materials}
        ticks={ticks}
        onChange={setTicks}
        statuses={live.result?.materials}
        idPrefix="supplement-material"
      />
    </>
  );
}
