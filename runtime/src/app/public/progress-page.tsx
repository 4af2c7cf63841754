import { Typography } from 'antd';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ProgressForm } from './progress-form.tsx';

/** 办件进度查询 (public, no login). */
export function ProgressPage() {
  const { t } = useI18n();
  return (
    <div className="ow-narrow">
      <Typography.Title level={1} className="ow-page-title">
        {t('progress.title')}
      </Typography.Title>
      <div className="ow-card">
        <ProgressForm />
      </div>
    </div>
  );
}
