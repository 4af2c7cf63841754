/** What the page collects per keystroke (ms from keydown). */
export interface KeystrokeSamples {
  /** Until the preview's label holds the new text (a MutationObserver saw it), one per keystroke. */
  dom: number[];
  /**
   * Until the next paint after the keydown was handled: the Event Timing API's `duration` of the
   * keydown (what Chrome's INP measures), 8 ms granular, keyed by the keydown's `timeStamp` (the
   * entry's `startTime`). Chrome reports only events of 16 ms or more, and headless Chromium
   * sometimes never delivers an entry; see {@link paintTimes} for how a missing one counts.
   */
  paint: Record<string, number>;
  /** Each counted keydown's `timeStamp` and its time until the preview showed it (null: missed). */
  keys: { at: number; dom: number | null }[];
  /** Keystrokes the probe saw. */
  count: number;
  /** Keystrokes whose label never arrived within the timeout. */
  missed: number;
}

/**
 * Runs in the page (passed to `page.evaluate`): listens to keydown on the label input (capture, so
 * it runs before React), expects the typed character appended to the label, and watches the
 * preview for the field's `<label for="...">` to show it; an Event Timing observer records when the
 * next frame was painted.
 */
export function installKeystrokeProbe(args: {
  inputId: string;
  previewLabelFor: string;
  timeoutMs: number;
}): void {
  const input = document.getElementById(args.inputId) as HTMLInputElement | null;
  const preview = document.querySelector('.ow-builder-preview');
  if (!input || !preview) throw new Error('probe: label input or preview not found');
  const samples: KeystrokeSamples = { dom: [], paint: {}, keys: [], count: 0, missed: 0 };
  (window as unknown as { __keystrokes: KeystrokeSamples }).__keystrokes = samples;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name === 'keydown' && entry.target === input)
        samples.paint[String(entry.startTime)] = entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  const labelText = () => {
    for (const label of preview.querySelectorAll('label')) {
      if (label.htmlFor === args.previewLabelFor) return label.textContent ?? '';
    }
    return '';
  };
  input.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1) return;
      samples.count++;
      const start = performance.now();
      const key: { at: number; dom: number | null } = { at: event.timeStamp, dom: null };
      samples.keys.push(key);
      const expected = input.value + event.key;
      let settled = false;
      const observer = new MutationObserver(() => {
        if (settled || !labelText().startsWith(expected)) return;
        settled = true;
        observer.disconnect();
        key.dom = performance.now() - start;
        samples.dom.push(key.dom);
      });
      observer.observe(preview, { subtree: true, childList: true, characterData: true });
      setTimeout(() => {
        if (settled) return;
        observer.disconnect();
        samples.missed++;
      }, args.timeoutMs);
    },
    true,
  );
}

/**
 * Keydown → next paint per keystroke. A keystroke without an Event Timing entry counts as 16 ms (the
 * reporting threshold) or as its own keydown → preview-updated time when that is longer: a frame
 * showing the new label cannot have been painted before the label was in the DOM, so a lost entry
 * never makes the figure look better than the DOM update it waited for.
 */
export function paintTimes(samples: KeystrokeSamples): number[] {
  return samples.keys.map((key) => samples.paint[String(key.at)] ?? Math.max(16, key.dom ?? 16));
}
