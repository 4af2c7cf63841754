import type { ReactNode } from 'react';

/** ok 绿 / warn 橙 / bad 红 / info 蓝 / neutral 灰 — each colour with a text, never colour alone. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

/** A small label whose colours pass WCAG AA; the meaning is always in its text too. */
export function ToneTag({ tone, children, strong }: { tone: Tone; children: ReactNode; strong?: boolean }) {
  return <span className={`ow-tag ow-tag-${tone}${strong ? ' ow-tag-strong' : ''}`}>{children}</span>;
}
