import type { ServiceItem } from '@onewindow/schemas';
import { Alert, Button, Form, Modal } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import { isApiError } from '../shared/api/api-error.ts';
import type { CaseAction, CaseActionAnswer, CaseView } from '../shared/api/api-types.ts';
import { useErrorText } from '../shared/api/error-alert.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ActionFields, type ActionValues } from './action-fields.tsx';
import { ActionResult } from './action-result.tsx';
import { SupplementFields, type SupplementInput } from './supplement-fields.tsx';
import type { ScanUploader } from './upload-scan.ts';

export interface ActionDialogProps {
  view: CaseView;
  /** The action to confirm; null when the dialog is closed. */
  action: CaseAction | null;
  /** The pinned version (needed to record a supplement: its form and materials). */
  version?: { hash: string; definition: ServiceItem };
  /** Pre-filled reason (e.g. the check's reasons for refusal). */
  defaultReason?: string;
  onClose(): void;
  /** The action was applied: the answer with the updated case. */
  onDone(answer: CaseActionAnswer): void;
  /** The case changed under us (409): reload it. */
  onStale?(): void;
  /** Buttons shown after success (e.g. print the notice). */
  doneExtra?: (answer: CaseActionAnswer) => ReactNode;
  /** Sends the supplement's scans (default: `POST /api/files`). */
  uploader?: ScanUploader;
}

/**
 * The confirmation of a case action: asks what the action needs (a reason where the law wants one,
 * the pause kind, the extension, the new outcome, the corrected form with the scans brought), sends it
 * with the revision the clerk saw, then shows the new status and deadlines. antd's Modal traps the
 * focus and Esc closes it.
 */
export function ActionDialog({
  view,
  action,
  version,
  defaultReason,
  onClose,
  onDone,
  onStale,
  doneExtra,
  uploader,
}: ActionDialogProps) {
  const { t } = useI18n();
  const api = useApi();
  const errorText = useErrorText();
  const [form] = Form.useForm<ActionValues>();
  const supplement = useRef<SupplementInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CaseActionAnswer | null>(null);

  useEffect(() => {
    if (!action) return;
    setAnswer(null);
    setError(null);
    if (action === 'record-supplement') return;
    form.resetFields();
    if (defaultReason) form.setFieldsValue({ reason: defaultReason });
  }, [action, defaultReason, form]);

  if (!action) return null;
  const label = t(`action.${action}` as const);

  const send = async (values: ActionValues) => {
    setBusy(true);
    setError(null);
    try {
      const body: Record<string, unknown> = { expectedRevision: view.revision };
      for (const [key, value] of Object.entries(values))
        if (value !== undefined && value !== '') body[key] = value;
      if (action === 'record-supplement' && supplement.current) Object.assign(body, supplement.current);
      const result = await api.post<CaseActionAnswer>(
        `/api/cases/${encodeURIComponent(view.id)}/actions/${action}`,
        body,
      );
      setAnswer(result);
      onDone(result);
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        setError(t('action.stale'));
        onStale?.();
      } else {
        setError(t('action.failed', { detail: isApiError(e) ? errorText(e) : String(e) }));
      }
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    if (action === 'record-supplement') void send({});
    else form.submit();
  };

  return (
    <Modal
      open
      title={t('action.confirmTitle', { action: label })}
      onCancel={onClose}
      width={action === 'record-supplement' ? 900 : 560}
      destroyOnHidden
      footer={
        answer
          ? [
              // The confirm button just left the DOM: keep the focus in the dialog.
              <Button key="close" type="primary" onClick={onClose} autoFocus>
                {t('common.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={busy} onClick={confirm}>
                {t('common.confirm')}
              </Button>,
            ]
      }
    >
      {answer ? (
        <ActionResult action={action} view={answer.case} extra={doneExtra?.(answer)} />
      ) : (
        <>
          <p>{t('action.confirmBody', { caseNumber: view.caseNumber, action: label })}</p>
          {error && <Alert type="error" showIcon role="alert" className="ow-gap" title={error} />}
          {action === 'record-supplement' && version ? (
            <SupplementFields
              version={version}
              item={view.definition}
              uploader={uploader}
              formData={view.formData}
              materials={view.materials}
              onChange={(input) => {
                supplement.current = input;
              }}
            />
          ) : (
            <Form<ActionValues> form={form} layout="vertical" onFinish={send} requiredMark={false}>
              <ActionFields action={action} currentOutcome={view.outcome} />
            </Form>
          )}
        </>
      )}
    </Modal>
  );
}
