import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { useOwnedFocus } from '../rules/use-owned-focus.ts';
import { feesOf, newFee, withFees } from './fee-edits.ts';
import { FeesTable } from './fees-table.tsx';
import { newMaterial } from './material-edits.ts';
import { materialsMessages } from './materials-messages.ts';
import { MaterialsTable } from './materials-table.tsx';
import '../rules/fields.css';
import './materials.css';

const FOCUS = /^\/(materials|fees)\/(\d+)(?:\/([^/]+))?/;
/** The material attributes edited in a row's "更多属性" rather than in the table's columns. */
const DETAIL_FIELDS = new Set([
  'medium',
  'issuer',
  'sharedKey',
  'fileTypes',
  'maxSizeMB',
  'blankForm',
  'sample',
  'notes',
  'acceptanceStandard',
  'basis',
]);

/**
 * 材料与收费 — the materials table and, below it, the fees table. A focus pointer under /materials
 * or /fees highlights that row (opening a material's further attributes when it points into them).
 */
export function MaterialsTab() {
  const m = useMessages(materialsMessages);
  const store = useEditorStore();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [highlight, setHighlight] = useState<{ part: string; index: number } | null>(null);

  useOwnedFocus(
    (pointer) => FOCUS.test(pointer),
    (pointer) => {
      const [, part, index, field] = FOCUS.exec(pointer) ?? [];
      const row = Number(index);
      setHighlight({ part, index: row });
      const nameEn = pointer === `/materials/${row}/name/en`;
      if (part === 'materials' && (DETAIL_FIELDS.has(field) || nameEn))
        setExpanded((e) => new Set(e).add(row));
    },
  );

  const addMaterial = () =>
    store.edit((d) => ({ ...d, materials: [...d.materials, newMaterial(d.materials)] }));
  const addFee = () => store.edit((d) => withFees(d, [...feesOf(d), newFee(feesOf(d))]));

  return (
    <div className="ow-materials-tab">
      <section aria-labelledby="ow-materials-title">
        <div className="ow-tab-head">
          <Typography.Title level={2} id="ow-materials-title" className="ow-section-title">
            {m('materials.title')}
          </Typography.Title>
          <Button type="primary" onClick={addMaterial}>
            {m('materials.add')}
          </Button>
        </div>
        <p className="ow-help">{m('materials.hint')}</p>
        <MaterialsTable
          expanded={expanded}
          onExpanded={setExpanded}
          highlight={highlight?.part === 'materials' ? highlight.index : null}
        />
      </section>
      <section aria-labelledby="ow-fees-title">
        <div className="ow-tab-head">
          <Typography.Title level={2} id="ow-fees-title" className="ow-section-title">
            {m('fees.title')}
          </Typography.Title>
          <Button onClick={addFee}>{m('fees.add')}</Button>
        </div>
        <p className="ow-help">{m('fees.hint')}</p>
        <FeesTable highlight={highlight?.part === 'fees' ? highlight.index : null} />
      </section>
    </div>
  );
}
