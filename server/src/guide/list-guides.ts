import { type ActiveVersionFilters, listActiveVersions } from '../definitions/list-active-versions.ts';
import type { AppDeps } from '../deps.ts';
import { type ServiceGuide, toServiceGuide } from './service-guide.ts';

/** One line of the public guide list. */
export type GuideSummary = Pick<
  ServiceGuide,
  'code' | 'version' | 'name' | 'type' | 'department' | 'online'
> & {
  handlingKind: ServiceGuide['timeLimits']['kind'];
  promised: ServiceGuide['timeLimits']['promised'];
  statutory: ServiceGuide['timeLimits']['statutory'];
};

/** 办事指南目录 — every active published item, searchable by text, department and type. */
export async function listGuides(deps: AppDeps, filters: ActiveVersionFilters): Promise<GuideSummary[]> {
  const active = await listActiveVersions(deps, filters);
  return active.map(({ version }) => {
    const g = toServiceGuide(version);
    return {
      code: g.code,
      version: g.version,
      name: g.name,
      type: g.type,
      department: g.department,
      online: g.online,
      handlingKind: g.timeLimits.kind,
      promised: g.timeLimits.promised,
      statutory: g.timeLimits.statutory,
    };
  });
}
