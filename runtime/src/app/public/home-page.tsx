import { Typography } from 'antd';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { Link } from '../shared/router/link.tsx';
import { GuideList } from './guide-list.tsx';
import { ProgressForm } from './progress-form.tsx';

/** The public home: the service guides with a search, the progress query, and the staff entrance. */
export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <div className="ow-hero">
        <Typography.Title level={1} className="ow-page-title">
          {t('app.name')} · {t('app.tagline')}
        </Typography.Title>
        <p>{t('public.intro')}</p>
        <Link to="/login">{t('public.staffLogin')}</Link>
      </div>
      <div className="ow-public-columns">
        <div className="ow-card">
          <GuideList />
        </div>
        <section className="ow-card" aria-labelledby="home-progress">
          <h2 id="home-progress" className="ow-section-title">
            {t('progress.title')}
          </h2>
          <ProgressForm />
        </section>
      </div>
    </>
  );
}
