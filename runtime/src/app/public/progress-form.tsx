import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import { isApiError } from '../shared/api/api-error.ts';
import type { PublicProgress } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ProgressResult } from './progress-result.tsx';

interface ProgressValues {
  caseNumber: string;
  queryCode: string;
}

/**
 * 进度查询: case number + query code → status and timeline (no personal data). A wrong code and an
 * unknown number read the same, so the answer never tells whether a case exists.
 */
export function ProgressForm() {
  const { t } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<PublicProgress | null>(null);
  const submit = async (values: ProgressValues) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(
        await api.post<PublicProgress>('/api/public/progress', {
          caseNumber: values.caseNumber.trim(),
          queryCode: values.queryCode.trim(),
        }),
      );
    } catch (e) {
      if (isApiError(e) && e.status === 429) setError(t('progress.rateLimited'));
      else if (isApiError(e) && e.isNetworkError) setError(t('common.networkError'));
      else setError(t('progress.noMatch'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Form<ProgressValues> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('progress.caseNumber')}
          name="caseNumber"
          extra={t('progress.caseNumberHelp')}
          rules={[{ required: true, pattern: /^\s*\d{8,24}\s*$/, message: t('progress.invalidNumber') }]}
        >
          <Input inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('progress.queryCode')}
          name="queryCode"
          extra={t('progress.queryCodeHelp')}
          rules={[{ required: true, pattern: /^\s*\d{4,16}\s*$/, message: t('progress.invalidCode') }]}
        >
          <Input inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('progress.submit')}
        </Button>
      </Form>
      {error && <Alert className="ow-gap-top" type="error" showIcon role="alert" title={error} />}
      {result && <ProgressResult progress={result} />}
    </>
  );
}
