import type { FeeCharge } from '@onewindow/schemas';
import { memo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 收费: each fee with its basis, and the total (memoised, like the other lists). */
export const FeeList = memo(function FeeList({ fees, total }: { fees: readonly FeeCharge[]; total: number }) {
  const { t, text } = useI18n();
  if (fees.length === 0) return <p className="ow-why">{t('check.noFees')}</p>;
  return (
    <>
      <ul className="ow-check-list">
        {fees.map((f) => (
          <li key={f.code}>
            <div className="ow-line">
              <span>{text(f.name)}</span>
              <strong>{t('common.yuan', { amount: f.amount })}</strong>
            </div>
            {f.basis && <div className="ow-why">{t('check.basis', { basis: f.basis })}</div>}
          </li>
        ))}
      </ul>
      <p className="ow-fee-total">{t('check.feeTotal', { amount: total })}</p>
    </>
  );
});
