/** What the page collects per keystroke (ms from keydown). */
export interface KeystrokeSamples {
  /** Until the preview's label holds the new text (a MutationObserver saw it), one per keystroke. */
  dom: number[];
  /**
   * Until the next paint after the keydown was handled: the Event Timing API's `duration` of the
   * keydown (what Chrome's INP measures), 8 ms granular. Chrome reports only events of 16 ms or
   * more, so keystrokes missing here took less than 16 ms.
   */
  paint: number[];
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
  const samples: KeystrokeSamples = { dom: [], paint: [], count: 0, missed: 0 };
  (window as unknown as { __keystrokes: KeystrokeSamples }).__keystrokes = samples;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name === 'keydown' && entry.target === input) samples.paint.push(entry.duration);
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
      const expected = input.value + event.key;
      let settled = false;
      const observer = new MutationObserver(() => {
        if (settled || !labelText().startsWith(expected)) return;
        settled = true;
        observer.disconnect();
        samples.dom.push(performance.now() - start);
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
