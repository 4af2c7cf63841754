import { useApi } from '../shared/api/api-context.tsx';
import type { PublishedVersion } from '../shared/api/api-types.ts';
import { type ApiQuery, useApiQuery } from '../shared/api/use-api-query.ts';

interface VersionSummary {
  version: number;
  status: 'active' | 'retired';
}

/**
 * A published version of an item with its definition: `version` when given (a case's pinned one),
 * else the newest active one (what new cases are filed under). Loads nothing while `code` is ''.
 */
export function useItemVersion(code: string, version?: number): ApiQuery<PublishedVersion> {
  const api = useApi();
  return useApiQuery(
    async (signal) => {
      const base = `/api/items/${encodeURIComponent(code)}/versions`;
      let wanted = version;
      if (wanted === undefined) {
        const { versions } = await api.get<{ versions: VersionSummary[] }>(base, { signal });
        const active = versions.filter((v) => v.status === 'active').sort((a, b) => b.version - a.version)[0];
        wanted = active?.version ?? versions[0]?.version;
      }
      if (wanted === undefined) throw new Error(`No published version of ${code}`);
      return api.get<PublishedVersion>(`${base}/${wanted}`, { signal });
    },
    [api, code, version],
    code !== '',
  );
}
