import { Alert } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { ApiError } from './api-error.ts';

/** The human text of a failed call: the server's detail, or what a network failure means. */
export function useErrorText(): (error: ApiError) => string {
  const { t } = useI18n();
  return (error) => {
    if (error.isNetworkError) return t('common.networkError');
    const fields = error.fieldErrors.map((f) => `${f.path}: ${f.message}`).join(t('common.listSeparator'));
    return [error.detail ?? t('common.unknownError', { status: error.status }), fields]
      .filter(Boolean)
      .join(' ');
  };
}

/** A failed call shown as an alert (announced to screen readers). */
export function ErrorAlert({ error, prefix }: { error: ApiError; prefix?: string }) {
  const text = useErrorText()(error);
  return (
    <Alert type="error" showIcon role="alert" className="ow-gap" title={prefix ? `${prefix}${text}` : text} />
  );
}
