import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { compile } from '../../engine/index.ts';
import { CheckPanel } from '../shared/check/check-panel.tsx';
import { useLiveCheck } from '../shared/check/use-live-check.ts';
import { outlineForm } from '../shared/form/form-outline.ts';
import { type FormData, ItemForm } from '../shared/form/item-form.tsx';
import { I18nProvider } from '../shared/i18n/i18n-context.tsx';
import { benchItem } from './bench-item.ts';
import '../app.css';

/** What the bench runner reads: per keystroke, ms from keydown to the painted form and to the painted check panel. */
interface BenchWindow extends Window {
  __bench?: { form: number[]; panel: number[]; formJs: number[]; panelJs: number[]; ready: boolean };
}
const w = window as BenchWindow;
const bench = {
  form: [] as number[],
  panel: [] as number[],
  formJs: [] as number[],
  panelJs: [] as number[],
  ready: false,
};
w.__bench = bench;

// The keydown's timestamp (same clock as performance.now()); each measurement ends on the next frame.
let keydownAt: number | null = null;
let panelPending: number | null = null;
document.addEventListener(
  'keydown',
  (e) => {
    keydownAt = e.timeStamp;
  },
  true,
);
const afterPaint = (record: (ms: number) => void, since: number) =>
  requestAnimationFrame(() => setTimeout(() => record(performance.now() - since), 0));

const item = benchItem();
const compiled = compile(item);

function Bench() {
  const outline = useMemo(() => outlineForm(item.form.schema, item.form.uiSchema), []);
  const live = useLiveCheck(compiled, '2026-11-30');
  const data = useRef<FormData>({});
  const onChange = useCallback(
    (formData: FormData) => {
      data.current = formData;
      if (keydownAt !== null) {
        const since = keydownAt;
        bench.formJs.push(performance.now() - since);
        afterPaint((ms) => bench.form.push(ms), since);
        panelPending = since;
        keydownAt = null;
      }
      live.schedule({ formData, materials: ['m0', 'm1'] });
    },
    [live.schedule],
  );
  useEffect(() => {
    if (panelPending === null || !live.result) return;
    const since = panelPending;
    panelPending = null;
    bench.panelJs.push(performance.now() - since);
    afterPaint((ms) => bench.panel.push(ms), since);
  }, [live.result]);
  useEffect(() => {
    bench.ready = true;
  }, []);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 420px', gap: 24, padding: 24 }}>
      <ItemForm schema={item.form.schema} uiSchema={item.form.uiSchema} onChange={onChange} />
      <CheckPanel result={live.result} outline={outline} />
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nProvider initial="zh-CN">
      <Bench />
    </I18nProvider>,
  );
}
