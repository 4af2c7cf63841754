import type { MaterialStatus } from '@onewindow/schemas';
import type { Translate } from '../i18n/messages.ts';
import type { Tone } from './tone-tag.tsx';

/** How one material stands in a check, in words and a tone. */
export interface MaterialState {
  tone: Tone;
  label: string;
  /** Required for this case (by its necessity or a rule). */
  required: boolean;
}

/** 已提供 / 缺少 / 容缺后补 / 免交 / 不需要 / 未提供 — from a check's material status. */
export function materialState(m: MaterialStatus, t: Translate): MaterialState {
  if (m.provided) return { tone: 'ok', label: t('material.provided'), required: m.required };
  if (m.missing) return { tone: 'bad', label: t('material.missing'), required: true };
  if (m.deferred) return { tone: 'warn', label: t('material.deferred'), required: true };
  if (m.waived) return { tone: 'neutral', label: t('material.waived'), required: false };
  if (!m.required) {
    const label = m.necessity === 'optional' ? t('material.notProvided') : t('material.notRequired');
    return { tone: 'neutral', label, required: false };
  }
  return { tone: 'bad', label: t('material.missing'), required: true };
}

/** Why a material is (not) required: the rules' messages, else what its necessity means. */
export function materialWhy(
  m: MaterialStatus,
  t: Translate,
  text: (v: MaterialStatus['name']) => string,
): string[] {
  const reasons = m.why
    .map((w) => (w.message ? text(w.message) : w.kind === 'necessity' ? t(`material.why.${whyKey(m)}`) : ''))
    .filter(Boolean);
  if (reasons.length > 0) return [...new Set(reasons)];
  return [t(`material.why.${whyKey(m)}`)];
}

function whyKey(m: MaterialStatus): 'necessity' | 'optional' | 'conditional' | 'deferrable' {
  if (m.necessity === 'required') return 'necessity';
  return m.necessity;
}
