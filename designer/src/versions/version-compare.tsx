import { type ApiError, ErrorAlert, isApiError, useApi } from '@onewindow/runtime/app';
import { Button, Select, Spin } from 'antd';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { DiffSide, VersionDiff, VersionSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { itemPath } from '../save/item-requests.ts';
import { useAutosave } from '../save/save-context.tsx';
import { DiffView } from './diff-view.tsx';
import { versionsMessages } from './versions-messages.ts';

/** A comparison asked for from outside (a row's "compare with draft"); a new `key` runs it. */
export interface ComparePreset {
  from: DiffSide;
  to: DiffSide;
  key: number;
}

const toValue = (side: DiffSide) => String(side);
const fromValue = (value: string): DiffSide => (value === 'draft' ? 'draft' : Number(value));

/**
 * 版本对比 — any two versions, or a version and the draft: two pickers and the diff grouped by part.
 * The draft side is the saved draft, so pending edits are saved first.
 */
export function VersionCompare({
  code,
  versions,
  preset,
}: {
  code: string;
  versions: readonly VersionSummary[];
  preset: ComparePreset | null;
}) {
  const m = useMessages(versionsMessages);
  const api = useApi();
  const autosave = useAutosave();
  const fromId = useId();
  const toId = useId();
  const latest = versions[0]?.version;
  const [from, setFrom] = useState<DiffSide | undefined>(latest);
  const [to, setTo] = useState<DiffSide>('draft');
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    if (from === undefined && latest !== undefined) setFrom(latest);
  }, [from, latest]);

  const compare = useCallback(
    async (a: DiffSide | undefined, b: DiffSide) => {
      if (a === undefined || a === b) {
        setProblem(m('diff.needTwo'));
        return;
      }
      const round = ++asked.current;
      setProblem(null);
      setError(null);
      setLoading(true);
      try {
        if (a === 'draft' || b === 'draft') await autosave.flush();
        const answer = await api.get<VersionDiff>(`${itemPath(code)}/diff`, { query: { from: a, to: b } });
        if (round === asked.current) setDiff(answer);
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (round === asked.current) setError(e);
      } finally {
        if (round === asked.current) setLoading(false);
      }
    },
    [api, autosave, code, m],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new preset runs a comparison
  useEffect(() => {
    if (!preset) return;
    setFrom(preset.from);
    setTo(preset.to);
    void compare(preset.from, preset.to);
  }, [preset?.key]);

  const side = (s: DiffSide) =>
    s === 'draft' ? m('versions.draftSaved') : m('versions.versionN', { version: s });
  const options = [
    ...versions.map((v) => ({
      value: toValue(v.version),
      label: m('versions.versionN', { version: v.version }),
    })),
    { value: 'draft', label: m('versions.draftSaved') },
  ];

  return (
    <section aria-labelledby={`${fromId}-title`} className="ow-version-compare">
      <h3 id={`${fromId}-title`}>{m('diff.title')}</h3>
      <div className="ow-diff-pickers">
        <div>
          <label htmlFor={fromId}>{m('diff.from')}</label>
          <Select
            id={fromId}
            value={from === undefined ? undefined : toValue(from)}
            options={options}
            onChange={(v: string) => setFrom(fromValue(v))}
          />
        </div>
        <div>
          <label htmlFor={toId}>{m('diff.to')}</label>
          <Select
            id={toId}
            value={toValue(to)}
            options={options}
            onChange={(v: string) => setTo(fromValue(v))}
          />
        </div>
        <Button type="primary" onClick={() => void compare(from, to)} loading={loading}>
          {m('diff.run')}
        </Button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {error && <ErrorAlert error={error} />}
      {loading && !diff && <Spin />}
      {diff && (
        <>
          <p className="ow-diff-sides">
            {side(diff.from.version)} → {side(diff.to.version)}
          </p>
          <DiffView diff={diff} />
        </>
      )}
    </section>
  );
}
