/** A trace event of Chrome's `devtools.timeline` category, as far as the bench reads it. */
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time in µs: unlike `dur`, barely inflated when other processes share the cores. */
  tdur?: number;
  args?: { data?: { type?: string } };
}

const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * CPU time a keystroke costs the page's main thread, from a Chrome trace: the median thread time of
 * handling one typed character (the `keypress` dispatch, which holds the `input` event where React
 * renders), and the rendering steps (style, layout, paint) of the whole pass divided by the
 * keystrokes — the latter includes repaints caused by work that follows a keystroke (live lint).
 */
export function keystrokeCpu(trace: Buffer, keystrokes: number): { handlerMs: number; renderingMs: number } {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const complete = events.filter((e) => e.ph === 'X');
  const handlers = complete
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keypress')
    .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  const rendering = complete
    .filter((e) => RENDERING.includes(e.name))
    .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return { handlerMs: median(handlers), renderingMs: rendering / Math.max(1, keystrokes) };
}
