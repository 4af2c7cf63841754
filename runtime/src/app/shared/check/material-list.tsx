import type { MaterialStatus } from '@onewindow/schemas';
import { memo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { materialState, materialWhy } from './material-state.ts';
import { ToneTag } from './tone-tag.tsx';

/** Every material of the check: required or not, provided or missing, and why (memoised, like the other lists). */
export const MaterialList = memo(function MaterialList({
  materials,
}: {
  materials: readonly MaterialStatus[];
}) {
  const { t, text } = useI18n();
  return (
    <ul className="ow-check-list">
      {materials.map((m) => {
        const state = materialState(m, t);
        return (
          <li key={m.code} className={`ow-material ow-material-${state.tone}`}>
            <div className="ow-line">
              <ToneTag tone={state.tone}>{state.label}</ToneTag>
              <span className="ow-material-name">{text(m.name)}</span>
              <ToneTag tone="neutral">
                {state.required ? t('material.required') : t(`necessity.${m.necessity}`)}
              </ToneTag>
            </div>
            <div className="ow-why">{materialWhy(m, t, text).join(t('common.listSeparator'))}</div>
          </li>
        );
      })}
    </ul>
  );
});
