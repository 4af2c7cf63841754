import { Result } from 'antd';
import { useI18n } from './shared/i18n/i18n-context.tsx';
import { Link } from './shared/router/link.tsx';

/** 页面不存在. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={<h1 className="ow-page-title">{t('common.notFound')}</h1>}
      subTitle={t('common.notFoundDetail')}
      extra={<Link to="/">{t('common.toHome')}</Link>}
    />
  );
}
