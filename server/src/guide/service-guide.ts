import type {
  Duration,
  FaqEntry,
  Fee,
  Handling,
  ItemResult,
  LegalBasis,
  LocalizedText,
  Material,
  ProcessStep,
  ServiceItem,
} from '@onewindow/schemas';
import type { PublishedVersion } from '../storage/port.ts';

/** One line of the materials table (申请材料目录) of a guide. */
export interface GuideMaterial {
  code: string;
  name: LocalizedText;
  kind: Material['kind'];
  medium: NonNullable<Material['medium']>;
  copies: number;
  necessity: Material['necessity'];
  source: Material['source'];
  issuer?: LocalizedText;
  notes?: LocalizedText;
  acceptanceStandard?: LocalizedText;
  blankForm?: string;
  sample?: string;
  fileTypes?: string[];
  maxSizeMB?: number;
  basis?: string;
  /** For a 情形必要 material: the situations in which it is required, as the rules word them. */
  requiredWhen: LocalizedText[];
}

/** One fee (收费标准) of a guide. */
export interface GuideFee {
  code: string;
  name: LocalizedText;
  amount: number;
  basis?: string;
  waivable: boolean;
  /** When it is charged: always, or in the situations the rules describe. */
  always: boolean;
  chargedWhen: LocalizedText[];
}

/**
 * 办事指南 — the public service guide of one published version. Built from the definition's public
 * parts only: never its form schema, rules, conditions' internals or tests.
 */
export interface ServiceGuide {
  code: string;
  baseCode?: string;
  version: number;
  publishedAt: string;
  name: ServiceItem['name'];
  type: ServiceItem['type'];
  department: { name: LocalizedText; code?: string; uscc?: string };
  servedParties: NonNullable<ServiceItem['servedParties']>;
  legalBasis: LegalBasis[];
  /** 受理条件 */
  conditions: LocalizedText[];
  materials: GuideMaterial[];
  timeLimits: {
    /** 即办件 (decided on the spot) or 承诺件. */
    kind: Handling['kind'];
    statutory: Duration;
    promised: Duration;
    statutoryText?: string;
    acceptanceWindow?: Duration;
  };
  fees: GuideFee[];
  /** 办理流程 */
  process: ProcessStep[];
  result?: ItemResult;
  place?: LocalizedText;
  hours?: LocalizedText;
  phones: NonNullable<Handling['phones']>;
  online: {
    channels: NonNullable<Handling['channels']>;
    /** 网上办理深度 0–4 (4 = 全程网办). */
    depth: number;
    /** 到现场次数 (最多跑一次 = 1). */
    maxVisits: number | null;
    /** Can be applied for online (depth ≥ 3 and an online or mobile channel). */
    applyOnline: boolean;
  };
  faq: FaqEntry[];
}

function eventMessages(
  definition: ServiceItem,
  type: 'require-material' | 'fee',
  key: 'material' | 'fee',
  code: string,
) {
  return definition.rules
    .filter((r) => r.event.type === type && r.event.params[key] === code)
    .map((r) => r.event.params.message);
}

/** The guide of a published version. */
export function toServiceGuide(version: PublishedVersion): ServiceGuide {
  const d = version.definition;
  const channels = d.handling.channels ?? [];
  const depth = d.handling.onlineDepth ?? 0;
  return {
    code: d.code,
    ...(d.baseCode === undefined ? {} : { baseCode: d.baseCode }),
    version: version.version,
    publishedAt: version.publishedAt,
    name: d.name,
    type: d.type,
    department: d.department,
    servedParties: d.servedParties ?? [],
    legalBasis: d.legalBasis ?? [],
    conditions: d.conditions ?? [],
    materials: d.materials.map((m) => ({
      code: m.code,
      name: m.name,
      kind: m.kind,
      medium: m.medium ?? 'paper',
      copies: m.copies ?? 1,
      necessity: m.necessity,
      source: m.source,
      ...pick(m, [
        'issuer',
        'notes',
        'acceptanceStandard',
        'blankForm',
        'sample',
        'fileTypes',
        'maxSizeMB',
        'basis',
      ]),
      requiredWhen:
        m.necessity === 'conditional' ? eventMessages(d, 'require-material', 'material', m.code) : [],
    })),
    timeLimits: {
      kind: d.handling.kind,
      statutory: d.timeLimits.statutory,
      promised: d.timeLimits.promised,
      ...pick(d.timeLimits, ['statutoryText', 'acceptanceWindow']),
    },
    fees: (d.fees ?? []).map((f: Fee) => ({
      code: f.code,
      name: f.name,
      amount: f.amount,
      ...pick(f, ['basis']),
      waivable: f.waivable ?? false,
      always: f.always ?? false,
      chargedWhen: f.always ? [] : eventMessages(d, 'fee', 'fee', f.code),
    })),
    process: d.process ?? [],
    ...pick(d, ['result']),
    ...pick(d.handling, ['place', 'hours']),
    phones: d.handling.phones ?? [],
    online: {
      channels,
      depth,
      maxVisits: d.handling.maxVisits ?? null,
      applyOnline: depth >= 3 && (channels.includes('online') || channels.includes('mobile')),
    },
    faq: d.faq ?? [],
  };
}

/** The members of `source` among `keys` that are present. */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
