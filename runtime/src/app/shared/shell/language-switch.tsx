import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Switches between Chinese and English; the label is written in the language it switches to. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      className="ow-header-button"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => setLocale(other)}
      aria-label={`${t('app.language')}: ${t('app.switchLanguage')}`}
    >
      <span lang={other}>{t('app.switchLanguage')}</span>
    </Button>
  );
}
