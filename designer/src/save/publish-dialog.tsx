import { type ApiError, ErrorAlert, isApiError, useApi, useI18n } from '@onewindow/runtime/app';
import type { LintFinding } from '@onewindow/schemas';
import { Alert, Button, Modal, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { VersionDiff, VersionSummary } from '../api/designer-api-types.ts';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { meaningfulChanges } from '../versions/diff-parts.ts';
import { DiffView } from '../versions/diff-view.tsx';
import { ifMatch, itemPath } from './item-requests.ts';
import { useSaveSession } from './save-context.tsx';
import { saveMessages } from './save-messages.ts';

type Phase =
  | { step: 'saving' }
  | { step: 'saveFailed' }
  | { step: 'loading' }
  | { step: 'review'; revision: number; latest: number | null; diff: VersionDiff | null }
  | { step: 'publishing'; revision: number; latest: number | null; diff: VersionDiff | null }
  | { step: 'done'; version: VersionSummary }
  | { step: 'failed'; error: ApiError };

/** The failing lint findings and tests of a 422 `PUBLISH_REFUSED`, listed in full. */
function Refusal({ error }: { error: ApiError }) {
  const m = useMessages(saveMessages);
  const { text } = useI18n();
  const lintErrors = (error.problem.lintErrors ?? []) as LintFinding[];
  const failedTests = (error.problem.failedTests ?? []) as { name: string; failures: string[] }[];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={m('publish.refused', { detail: error.detail ?? error.title })}
      description={
        <>
          {lintErrors.length > 0 && (
            <>
              <h3 className="ow-refusal-heading">{m('publish.refusedLint')}</h3>
              <ul>
                {lintErrors.map((f) => (
                  <li key={`${f.pointer} ${f.code}`}>
                    {text(f.message)} <code>{f.pointer}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {failedTests.length > 0 && (
            <>
              <h3 className="ow-refusal-heading">{m('publish.refusedTests')}</h3>
              <ul>
                {failedTests.map((t) => (
                  <li key={t.name}>
                    <strong>{t.name}</strong>
                    <ul>
                      {t.failures.map((f) => (
                        <li key={f}>{f}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      }
    />
  );
}

/**
 * 发布新版本 — saves pending edits, shows what changes against the last published version (or that
 * this is the first), warns when a field a rule reads was removed or renamed, and on confirmation
 * publishes the reviewed revision (`If-Match`). Shows the new version and its hash, or the refusal.
 */
export function PublishDialog({ onClose }: { onClose: () => void }) {
  const m = useMessages(saveMessages);
  const api = useApi();
  const store = useEditorStore();
  const { autosave, versionsChanged } = useSaveSession();
  const [phase, setPhase] = useState<Phase>({ step: 'saving' });
  const base = itemPath(store.getState().code);

  useEffect(() => {
    let live = true;
    const prepare = async () => {
      if (!(await autosave.flush())) return live && setPhase({ step: 'saveFailed' });
      if (!live) return;
      setPhase({ step: 'loading' });
      const revision = store.getState().revision;
      const { versions } = await api.get<{ versions: VersionSummary[] }>(`${base}/versions`);
      const latest = versions.length > 0 ? Math.max(...versions.map((v) => v.version)) : null;
      const diff =
        latest === null
          ? null
          : await api.get<VersionDiff>(`${base}/diff`, { query: { from: latest, to: 'draft' } });
      if (live) setPhase({ step: 'review', revision, latest, diff });
    };
    prepare().catch((error: unknown) => {
      if (!live) return;
      if (isApiError(error)) setPhase({ step: 'failed', error });
      else throw error;
    });
    return () => {
      live = false;
    };
  }, [api, autosave, base, store]);

  const publish = async () => {
    if (phase.step !== 'review') return;
    setPhase({ ...phase, step: 'publishing' });
    try {
      const version = await autosave.exclusive(() =>
        api.post<VersionSummary>(`${base}/publish`, undefined, { headers: ifMatch(phase.revision) }),
      );
      versionsChanged();
      setPhase({ step: 'done', version });
    } catch (error) {
      if (!isApiError(error)) throw error;
      setPhase({ step: 'failed', error });
    }
  };

  const reviewing = phase.step === 'review' || phase.step === 'publishing';
  const unchanged = reviewing && phase.diff !== null && meaningfulChanges(phase.diff.changes).length === 0;
  const footer = reviewing
    ? [
        <Button key="cancel" onClick={onClose} disabled={phase.step === 'publishing'}>
          {m('publish.close')}
        </Button>,
        <Button
          key="publish"
          type="primary"
          onClick={publish}
          loading={phase.step === 'publishing'}
          disabled={unchanged}
        >
          {m('publish.confirm')}
        </Button>,
      ]
    : [
        <Button key="close" onClick={onClose}>
          {m('publish.close')}
        </Button>,
      ];

  return (
    <Modal open title={m('publish.title')} onCancel={onClose} footer={footer} width={760}>
      {(phase.step === 'saving' || phase.step === 'loading') && (
        <div role="status" className="ow-publish-progress">
          <Spin size="small" /> {m(phase.step === 'saving' ? 'publish.saving' : 'publish.loading')}
        </div>
      )}
      {phase.step === 'saveFailed' && (
        <Alert type="error" showIcon role="alert" title={m('publish.saveFailed')} />
      )}
      {phase.step === 'failed' &&
        (phase.error.status === 422 && phase.error.code === 'PUBLISH_REFUSED' ? (
          <Refusal error={phase.error} />
        ) : (
          <ErrorAlert error={phase.error} />
        ))}
      {phase.step === 'done' && (
        <Result
          status="success"
          title={m('publish.done', { version: phase.version.version })}
          subTitle={<code>{m('publish.hash', { hash: phase.version.hash.slice(0, 16) })}</code>}
        />
      )}
      {reviewing &&
        (phase.latest === null || phase.diff === null ? (
          <Alert type="info" showIcon title={m('publish.first')} />
        ) : unchanged ? (
          <Alert type="info" showIcon title={m('publish.noChanges', { version: phase.latest })} />
        ) : (
          <>
            <p>{m('publish.against', { version: phase.latest })}</p>
            <DiffView diff={phase.diff} />
          </>
        ))}
    </Modal>
  );
}
