import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { Outcome } from '@onewindow/schemas';
import { memo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

const ICONS = {
  accept: CheckCircleFilled,
  incomplete: ExclamationCircleFilled,
  reject: CloseCircleFilled,
} as const;

/** 可受理 / 需补正 / 不予受理 as an icon, a colour and the words (never colour alone). */
export const OutcomeBadge = memo(function OutcomeBadge({
  outcome,
  large,
}: {
  outcome: Outcome;
  large?: boolean;
}) {
  const { t } = useI18n();
  const Icon = ICONS[outcome];
  return (
    <span className={`ow-outcome ow-outcome-${outcome}${large ? ' ow-outcome-large' : ''}`}>
      <Icon aria-hidden /> {t(`outcome.${outcome}`)}
    </span>
  );
});
