import type { TrafficLight as Light } from '../api/api-types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 红黄绿灯 with its words (正常 / 即将到期 / 已超期) and the working days left: never colour alone. */
export function TrafficLight({ light, remaining }: { light: Light | null; remaining?: number | null }) {
  const { t } = useI18n();
  const tone = light ?? 'none';
  return (
    <span className={`ow-light ow-light-${tone}`}>
      <span className="ow-light-dot" aria-hidden />
      <span>{light ? t(`light.${light}`) : t('light.none')}</span>
      {light && remaining !== null && remaining !== undefined && remaining >= 0 && (
        <span className="ow-why">{t('light.remaining', { n: remaining })}</span>
      )}
    </span>
  );
}
