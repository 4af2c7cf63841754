import type { CaseInput } from '@onewindow/schemas';
import { useCallback, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { compile } from '../../engine/index.ts';
import { CheckPanel } from '../shared/check/check-panel.tsx';
import { useLiveCheck } from '../shared/check/use-live-check.ts';
import { outlineForm } from '../shared/form/form-outline.ts';
import { type FormData, ItemForm } from '../shared/form/item-form.tsx';
import { I18nProvider } from '../shared/i18n/i18n-context.tsx';
import { benchItem } from './bench-item.ts';
import '../app.css';

/** One keystroke: ms from its keydown to the first painted frame showing it. */
export interface KeystrokeSample {
  /** The field shows the character. */
  form: number;
  /** The check panel shows the check of the field's new text (and so rjsf reported it). */
  panel: number;
  /** Until the frame in which both were in the page (its animation-frame callback, before its paint). */
  shown: number;
  /** The page's handling of the key's `input` event: rjsf's change, the check and both renders. */
  handler: number;
  /** The keydown's time (performance.now()) and the field's text once the key is in. */
  at: number;
  text: string;
}

/** What the bench runner reads. */
export interface BenchWindow extends Window {
  __bench?: { samples: KeystrokeSample[]; ready: boolean };
}

interface Keystroke {
  at: number;
  field: HTMLInputElement | HTMLTextAreaElement;
  /** The field's text once this key is in. */
  text: string;
  /** When the page's `input` handlers started and ended. */
  handling?: { start: number; end?: number };
  /** When a frame first showed it, before and after its paint. */
  form?: { frame: number; painted?: number };
  panel?: { frame: number; painted?: number };
}

const bench = { samples: [] as KeystrokeSample[], ready: false };
(window as BenchWindow).__bench = bench;
let pending: Keystroke[] = [];
let watching = false;

function record(k: Keystroke): boolean {
  if (k.form?.painted === undefined || k.panel?.painted === undefined) return false;
  bench.samples.push({
    form: k.form.painted - k.at,
    panel: k.panel.painted - k.at,
    shown: Math.max(k.form.frame, k.panel.frame) - k.at,
    handler: k.handling?.end !== undefined ? k.handling.end - k.handling.start : Number.NaN,
    at: k.at,
    text: k.text,
  });
  return true;
}

// A message posted from a frame's animation-frame callback is handled once that frame is painted
// (a message task, not a timer: Chromium runs timers later under load).
const channel = new MessageChannel();
const afterPaint: (() => void)[] = [];
channel.port1.onmessage = () => afterPaint.shift()?.();
function afterThisPaint(task: () => void): void {
  afterPaint.push(task);
  channel.port2.postMessage(null);
}

// A keystroke is shown in the first frame whose page shows it, once that frame is painted.
function onFrame(): void {
  const frame = performance.now();
  const panelText = document.querySelector('.ow-check-panel')?.textContent ?? '';
  const marks: { painted?: number }[] = [];
  for (const k of pending) {
    // Later keys may be in already: the field and the panel then show a longer text.
    if (!k.form && k.field.value.startsWith(k.text)) {
      k.form = { frame };
      marks.push(k.form);
    }
    if (!k.panel && panelText.includes(`“${k.text}`)) {
      k.panel = { frame };
      marks.push(k.panel);
    }
  }
  if (marks.length > 0) {
    afterThisPaint(() => {
      const painted = performance.now();
      for (const m of marks) m.painted = painted;
      pending = pending.filter((k) => !record(k));
      if (pending.length > 0) requestAnimationFrame(onFrame);
      else watching = false;
    });
  } else {
    requestAnimationFrame(onFrame);
  }
}

document.addEventListener(
  'keydown',
  (e) => {
    const field = e.target;
    if (e.key.length !== 1 || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
      return;
    const { value, selectionStart, selectionEnd } = field;
    const text =
      value.slice(0, selectionStart ?? value.length) + e.key + value.slice(selectionEnd ?? value.length);
    pending.push({ at: e.timeStamp, field, text });
    if (!watching) {
      watching = true;
      requestAnimationFrame(onFrame);
    }
  },
  true,
);

// Capture on the document runs before React's listeners on the root, bubbling to the window after them.
document.addEventListener(
  'input',
  () => {
    const k = pending.find((p) => !p.handling);
    if (k) k.handling = { start: performance.now() };
  },
  true,
);
window.addEventListener('input', () => {
  const k = pending.findLast((p) => p.handling && p.handling.end === undefined);
  if (k?.handling) k.handling.end = performance.now();
});

const item = benchItem();
const compiled = compile(item);
const MATERIALS = ['m0', 'm1'];

/** The reception page's form and check panel (see `ReceivePage`) on the 200-field bench item. */
function Bench() {
  const outline = useMemo(() => outlineForm(item.form.schema, item.form.uiSchema), []);
  const live = useLiveCheck(compiled, '2026-11-30');
  const { schedule } = live;
  const onChange = useCallback(
    (formData: FormData) => {
      const input: CaseInput = { formData, materials: MATERIALS };
      schedule(input);
    },
    [schedule],
  );
  useEffect(() => {
    if (live.result) bench.ready = true;
  }, [live.result]);
  return (
    <div className="ow-receive" style={{ padding: 24 }}>
      <ItemForm
        schema={item.form.schema}
        uiSchema={item.form.uiSchema}
        formErrors={live.result?.formErrors}
        onChange={onChange}
        onDefaults={onChange}
      />
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
