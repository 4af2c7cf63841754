import { Alert, Button, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import { isApiError } from '../shared/api/api-error.ts';
import type { CaseAttachment, ReceiptAnswer } from '../shared/api/api-types.ts';
import { ErrorAlert, useErrorText } from '../shared/api/error-alert.tsx';
import { useAuth } from '../shared/auth/auth-context.tsx';
import { centreToday } from '../shared/check/centre-today.ts';
import { CheckPanel } from '../shared/check/check-panel.tsx';
import { compileCached } from '../shared/check/compile-cached.ts';
import { useLiveCheck } from '../shared/check/use-live-check.ts';
import { outlineForm } from '../shared/form/form-outline.ts';
import { type FormData, ItemForm, type ShowErrors } from '../shared/form/item-form.tsx';
import { localizeUiSchema } from '../shared/form/localize-ui-schema.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { useLeaveGuard } from '../shared/router/use-leave-guard.ts';
import { DraftBanner } from './draft-banner.tsx';
import { draftStore, type ReceiptDraft } from './draft-store.ts';
import { createIdempotencyKeys } from './idempotency-key.ts';
import { providedMaterials } from './material-ticks.ts';
import { MaterialsChecklist } from './materials-checklist.tsx';
import { receiptMemory } from './receipt-memory.ts';
import { scanRefs, withoutScan, withScan } from './receipt-scans.ts';
import { ReceiptView } from './receipt-view.tsx';
import { useItemVersion } from './use-item-version.ts';

const fieldId = (pointer: string) => `root${pointer}`;

/**
 * 收件 of one item: its generated form, the materials checklist with each material's scans (uploaded
 * as they are picked; the receipt names them by SHA-256) and, beside them, the live check recomputed
 * in the browser with the runtime engine. Drafts are saved locally and offered again;
 * leaving with unsaved input asks first. Submitting files the case (POST /api/cases, with an
 * Idempotency-Key) and shows the receipt.
 */
export function ReceivePage({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const errorText = useErrorText();
  const user = useAuth().actor?.username ?? '';
  const item = useItemVersion(code);
  const version = item.data;
  const compiled = useMemo(() => (version ? compileCached(version) : null), [version]);
  const outline = useMemo(
    () =>
      outlineForm(
        version?.definition.form.schema,
        localizeUiSchema(version?.definition.form.uiSchema, locale),
      ),
    [version, locale],
  );
  const today = useMemo(() => centreToday(), []);
  const live = useLiveCheck(compiled, today);

  const [formKey, setFormKey] = useState(0);
  const [initial, setInitial] = useState<FormData>({});
  const data = useRef<FormData>({});
  const [ticks, setTicks] = useState<Record<string, string[]>>({});
  const [attachments, setAttachments] = useState<CaseAttachment[]>([]);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [draft, setDraft] = useState<ReceiptDraft | null>(() => draftStore.load(user, code));
  const [showErrors, setShowErrors] = useState<ShowErrors>('touched');
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ReceiptAnswer | null>(null);
  const keys = useRef(createIdempotencyKeys());

  useLeaveGuard(dirty && !receipt, t('receive.unsaved'));

  const materials = useMemo(
    () => (version ? providedMaterials(version.definition.materials, ticks) : []),
    [version, ticks],
  );
  const materialsRef = useRef(materials);
  materialsRef.current = materials;

  const onFormChange = useCallback(
    (formData: FormData) => {
      data.current = formData;
      setDirty(true);
      live.schedule({ formData, materials: materialsRef.current });
    },
    [live.schedule],
  );

  // The form's starting data (schema defaults), before any change: what an untouched form submits.
  const onDefaults = useCallback(
    (formData: FormData) => {
      data.current = formData;
      live.schedule({ formData, materials: materialsRef.current });
    },
    [live.schedule],
  );

  const onTicks = (next: Record<string, string[]>) => {
    setTicks(next);
    setDirty(true);
    if (version)
      live.schedule({
        formData: data.current,
        materials: providedMaterials(version.definition.materials, next),
      });
  };

  const scans = useMemo(
    () =>
      version
        ? {
            item: { code: version.code, version: version.version },
            attachments,
            onAdd(file: CaseAttachment) {
              setAttachments((list) => withScan(list, file));
              setDirty(true);
            },
            onRemove(file: CaseAttachment) {
              setAttachments((list) => withoutScan(list, file));
              setDirty(true);
            },
          }
        : undefined,
    [version, attachments],
  );

  const saveDraft = () => {
    if (!version) return;
    const at = new Date().toISOString();
    draftStore.save(user, code, {
      version: version.version,
      savedAt: at,
      formData: data.current,
      ticks,
      attachments,
    });
    setSavedAt(at);
    setDirty(false);
    setDraft(null);
  };

  const resume = (d: ReceiptDraft) => {
    data.current = d.formData;
    setInitial(d.formData);
    setTicks(d.ticks);
    setAttachments(d.attachments ?? []);
    setFormKey((k) => k + 1);
    setDraft(null);
    setDirty(false);
    if (version)
      live.schedule({
        formData: d.formData,
        materials: providedMaterials(version.definition.materials, d.ticks),
      });
  };

  const discard = () => {
    draftStore.clear(user, code);
    setDraft(null);
  };

  const submit = async () => {
    if (!version || busy) return;
    setShowErrors('all');
    setBusy(true);
    setSubmitError(null);
    const body = {
      code: version.code,
      version: version.version,
      formData: data.current,
      materials: materialsRef.current,
      ...(attachments.length > 0 ? { attachments: scanRefs(attachments) } : {}),
    };
    try {
      const answer = await api.post<ReceiptAnswer>('/api/cases', body, {
        headers: { 'Idempotency-Key': keys.current(body) },
      });
      if (answer.queryCode) receiptMemory.remember(answer.case.id, answer.queryCode);
      draftStore.clear(user, code);
      setDirty(false);
      setReceipt(answer);
      window.scrollTo?.(0, 0);
    } catch (e) {
      setSubmitError(t('receive.submitFailed', { detail: isApiError(e) ? errorText(e) : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  if (item.error) return <ErrorAlert error={item.error} prefix={t('receive.loadFailed', { detail: '' })} />;
  if (!version || !compiled) return <Spin aria-label={t('common.loading')} className="ow-center" />;
  if (receipt) return <ReceiptView answer={receipt} outline={outline} />;

  const definition = version.definition;
  const name = locale === 'en' ? (definition.name.en ?? definition.name['zh-CN']) : definition.name['zh-CN'];
  return (
    <>
      <Typography.Title level={1} className="ow-page-title">
        {name}
      </Typography.Title>
      <p className="ow-why">
        {t('counter.code')} {version.code} · {t('counter.version', { version: version.version })} ·{' '}
        {t('receive.today', { today })}
      </p>
      {draft && <DraftBanner draft={draft} onResume={() => resume(draft)} onDiscard={discard} />}
      <div className="ow-receive">
        <ItemForm
          key={formKey}
          schema={definition.form.schema}
          uiSchema={definition.form.uiSchema}
          initialFormData={initial}
          formErrors={live.result?.formErrors}
          showErrors={showErrors}
          onChange={onFormChange}
          onDefaults={onDefaults}
          onSubmit={submit}
        >
          <div className="ow-card">
            <h2>{t('receive.materials')}</h2>
            <MaterialsChecklist
              materials={definition.materials}
              ticks={ticks}
              onChange={onTicks}
              statuses={live.result?.materials}
              scans={scans}
            />
          </div>
          {submitError && <Alert type="error" showIcon role="alert" className="ow-gap" title={submitError} />}
          <div className="ow-submit-bar">
            <Button type="primary" htmlType="submit" size="large" loading={busy}>
              {busy ? t('receive.submitting') : t('receive.submit')}
            </Button>
            <Button size="large" onClick={saveDraft}>
              {t('receive.saveDraft')}
            </Button>
            {savedAt && (
              <span role="status" className="ow-why">
                {t('receive.draftSaved', { time: new Date(savedAt).toLocaleTimeString(locale) })}
              </span>
            )}
          </div>
        </ItemForm>
        <CheckPanel result={live.result} outline={outline} fieldId={fieldId} />
      </div>
    </>
  );
}
