import { ToneTag, useI18n } from '@onewindow/runtime/app';
import type { Material } from '@onewindow/schemas';
import { Checkbox } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { testsMessages } from './tests-messages.ts';

/**
 * 已提交的材料: one checkbox per material of the item (ticked = provided), in the definition's order.
 * A test states what was provided; how a clerk verifies it (原件/复印件 ticks) does not matter here.
 */
export function MaterialCheckboxes({
  materials,
  provided,
  onChange,
}: {
  materials: readonly Material[];
  provided: readonly string[];
  onChange(codes: string[]): void;
}) {
  const m = useMessages(testsMessages);
  const { t, text } = useI18n();
  const toggle = (code: string, on: boolean) => {
    const next = new Set(provided);
    if (on) next.add(code);
    else next.delete(code);
    const known = materials.map((x) => x.code).filter((c) => next.has(c));
    onChange([...known, ...[...next].filter((c) => !known.includes(c))]);
  };
  return (
    <fieldset className="ow-fieldset ow-test-materials">
      <legend>
        <h3>{m('editor.materials')}</h3>
      </legend>
      <p className="ow-why">{m('editor.materialsHint')}</p>
      <ul className="ow-check-list">
        {materials.map((material) => (
          <li key={material.code} className="ow-line">
            <Checkbox
              checked={provided.includes(material.code)}
              onChange={(e) => toggle(material.code, e.target.checked)}
            >
              {text(material.name)}
            </Checkbox>
            <ToneTag tone="neutral">{t(`necessity.${material.necessity}` as const)}</ToneTag>
            <code className="ow-why">{material.code}</code>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
