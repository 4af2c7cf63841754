/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/*.schema.json. Regenerate with `npm run gen`; `npm test` fails when this file is stale.
 */
import type {FormJsonSchema} from '../form-json-schema.ts';

export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;
export type NestedCondition = ConditionLeaf | AllCondition | AnyCondition | NotCondition;
/**
 * form: the form data (hidden fields dropped); materials: codes of the materials provided; applicant: facts derived from the applicant's ID number (birthDate, age, gender, regionCode); today: the check date YYYY-MM-DD.
 */
export type FactName = 'form' | 'materials' | 'applicant' | 'today';
export type FactPath = string;
export type OperatorName =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'dateBefore'
  | 'dateAfter'
  | 'ageAtLeast'
  | 'includesAll'
  | 'includesAny'
  | 'matchesPattern';
export type RuleEvent = {
  type: EventType;
  params: EventParams;
};
export type EventType = 'reject' | 'warn' | 'require-material' | 'waive-material' | 'fee' | 'route';
/**
 * accept 可受理 | incomplete 需补正 | reject 不予受理
 */
export type Outcome = 'accept' | 'incomplete' | 'reject';
/**
 * Localized text whose Chinese (zh-CN) is required
 */
export type ZhText = LocalizedText & {'zh-CN': string};

export interface OneWindowSchemas {
  'localized-text'?: LocalizedText;
  duration?: Duration;
  'time-limits'?: TimeLimits;
  material?: Material;
  fee?: Fee;
  commitments?: Commitments;
  rule?: Rule;
  'case-input'?: CaseInput;
  'check-result'?: CheckResult;
  'item-test'?: ItemTest;
  'holiday-calendar'?: HolidayCalendar;
  'service-item'?: ServiceItem;
}
/**
 * Text in Chinese (zh-CN, the default) and optionally English.
 */
export interface LocalizedText {
  'zh-CN'?: string;
  en?: string;
}
/**
 * An amount of time in an explicit unit: 工作日 workday, 自然日 day (natural day) or 小时 hour.
 */
export interface Duration {
  amount: number;
  unit: 'workday' | 'day' | 'hour';
}
/**
 * 法定/承诺办结时限 — statutory and promised time limits; the clock starts at acceptance (受理).
 */
export interface TimeLimits {
  statutory: Duration;
  promised: Duration;
  acceptanceWindow?: Duration;
  /**
   * 预警阈值: the light turns yellow when this many working days or fewer remain (default 1).
   */
  yellowAt?: number;
  /**
   * The statute's own wording, e.g. 二十日
   */
  statutoryText?: string;
}
/**
 * 申请材料 — one material the applicant brings or the government shares.
 */
export interface Material {
  code: string;
  name: LocalizedText;
  /**
   * 原件 / 复印件 / 原件及复印件 / 电子材料
   */
  kind: 'original' | 'copy' | 'original-and-copy' | 'electronic';
  medium?: 'paper' | 'electronic' | 'paper-or-electronic';
  copies?: number;
  /**
   * 必要 / 非必要 / 情形必要 (required only when a require-material rule fires) / 容缺 (accept now, supply later)
   */
  necessity: 'required' | 'optional' | 'conditional' | 'deferrable';
  /**
   * 申请人自备 / 政府部门核发 (can be shared instead of submitted) / 其他
   */
  source: 'applicant' | 'government' | 'other';
  issuer?: LocalizedText;
  /**
   * Shared data-dictionary key: the same material in another item (bundles deduplicate by it)
   */
  sharedKey?: string;
  fileTypes?: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff' | 'application/ofd')[];
  maxSizeMB?: number;
  /**
   * 空白表格 URL or file reference
   */
  blankForm?: string;
  /**
   * 示例样表 URL or file reference
   */
  sample?: string;
  notes?: LocalizedText;
  acceptanceStandard?: LocalizedText;
  /**
   * 设定依据
   */
  basis?: string;
}
/**
 * 收费项目 — charged when a `fee` rule fires, or always when `always` is true.
 */
export interface Fee {
  code: string;
  name: LocalizedText;
  /**
   * 收费标准 in yuan
   */
  amount: number;
  /**
   * 收费依据
   */
  basis?: string;
  /**
   * 可减免
   */
  waivable?: boolean;
  always?: boolean;
}
/**
 * 服务承诺 — KPI targets this item promises the public, in percent unless stated.
 */
export interface Commitments {
  /**
   * 法定时限内办结率
   */
  statutoryOnTimeRate?: number;
  /**
   * 按时办结率 (within promised)
   */
  onTimeRate?: number;
  /**
   * 满意率
   */
  satisfactionRate?: number;
  /**
   * 投诉首次响应时限 (hours)
   */
  complaintResponseHours?: number;
  /**
   * 最多跑几次
   */
  maxVisits?: number;
}
/**
 * 审查规则 — a json-rules-engine rule restricted to OneWindow's facts, operators and event vocabulary. Paths are dot paths (a.b.0) or JSON pointers (/a/b/0), never JSONPath.
 */
export interface Rule {
  id: string;
  description?: LocalizedText;
  priority?: number;
  conditions: TopLevelCondition;
  event: RuleEvent;
}
export interface AllCondition {
  all: NestedCondition[];
  priority?: number;
}
export interface ConditionLeaf {
  fact: FactName;
  path?: FactPath;
  operator: OperatorName;
  /**
   * A JSON value, or a reference to another fact: {"fact": "today"}
   */
  value: unknown;
  priority?: number;
}
export interface AnyCondition {
  any: NestedCondition[];
  priority?: number;
}
export interface NotCondition {
  not: NestedCondition;
  priority?: number;
}
export interface EventParams {
  message: LocalizedText;
  /**
   * The statute article, e.g. 《居民身份证法》第十一条
   */
  basis?: string;
  /**
   * Material code for require-material / waive-material
   */
  material?: string;
  /**
   * Fee code for fee events
   */
  fee?: string;
  /**
   * Overrides the fee's standard amount
   */
  amount?: number;
  /**
   * Where the case goes (queue or department) for route events
   */
  route?: string;
}
/**
 * What a check judges: the application form data and the codes of the materials provided.
 */
export interface CaseInput {
  formData: Record<string, unknown>;
  /**
   * @maxItems 200
   */
  materials?: string[];
}
/**
 * The result of checking one case against one definition version. Data, never an exception.
 */
export interface CheckResult {
  outcome: Outcome;
  formErrors: FormError[];
  materials: MaterialStatus[];
  rules: RuleResult[];
  rejections: EventNotice[];
  warnings: EventNotice[];
  fees: FeeCharge[];
  feeTotal: number;
  route: null | RouteDecision;
  applicant: null | ApplicantFacts;
  definition: DefinitionRef;
  factsHash: string;
  today: string;
  /**
   * Which evaluator produced it and its version, e.g. onewindow-compiled@1
   */
  engine: string;
}
export interface FormError {
  /**
   * JSON pointer of the offending field
   */
  path: string;
  keyword: string;
  message: LocalizedText;
  params?: Record<string, unknown>;
}
export interface MaterialStatus {
  code: string;
  name: LocalizedText;
  necessity: 'required' | 'optional' | 'conditional' | 'deferrable';
  required: boolean;
  provided: boolean;
  /**
   * Required, not provided, not deferrable: makes the case incomplete
   */
  missing: boolean;
  /**
   * 容缺: required but may be supplied after acceptance
   */
  deferred: boolean;
  waived: boolean;
  /**
   * Why it is (not) required: the necessity, or the rules that required or waived it
   */
  why: MaterialReason[];
}
export interface MaterialReason {
  kind: 'necessity' | 'require-material' | 'waive-material';
  rule?: string;
  message?: LocalizedText;
}
export interface RuleResult {
  id: string;
  type: 'reject' | 'warn' | 'require-material' | 'waive-material' | 'fee' | 'route';
  fired: boolean;
  priority: number;
  message: LocalizedText;
  basis?: string;
  trace: ConditionTrace;
}
export interface ConditionTrace {
  kind?: 'all' | 'any' | 'not' | 'leaf';
  result: boolean;
  children?: ConditionTrace[];
  fact?: string;
  path?: string;
  operator?: string;
  expected?: unknown;
  actual?: unknown;
  /**
   * The fact or path had no value
   */
  missing?: boolean;
}
export interface EventNotice {
  rule: string;
  message: LocalizedText;
  basis?: string;
}
export interface FeeCharge {
  code: string;
  name: LocalizedText;
  amount: number;
  basis?: string;
  waivable: boolean;
  /**
   * The fee rule that charged it; absent for fees charged always
   */
  rule?: string;
}
export interface RouteDecision {
  to: string;
  rule: string;
  message: LocalizedText;
}
/**
 * Derived from the applicant's resident ID number (GB 11643)
 */
export interface ApplicantFacts {
  birthDate: string;
  age: number;
  gender: 'male' | 'female';
  regionCode: string;
}
export interface DefinitionRef {
  code: string;
  version: number;
  hash: string;
}
/**
 * An embedded test: a case and a check date with the expected result. Every test must pass before a version can be published.
 */
export interface ItemTest {
  name: string;
  description?: string;
  today: string;
  input: CaseInput;
  expect: ItemTestExpectation;
}
export interface ItemTestExpectation {
  outcome: Outcome;
  /**
   * Rule ids that must fire
   */
  fired?: string[];
  /**
   * Rule ids that must not fire
   */
  notFired?: string[];
  /**
   * Exactly the material codes reported missing (order ignored)
   */
  missingMaterials?: string[];
  /**
   * Material codes that must be required (a subset check)
   */
  requiredMaterials?: string[];
  /**
   * Exactly the JSON pointers of the form errors (order ignored)
   */
  formErrors?: string[];
  feeTotal?: number;
  /**
   * Exactly the fee codes charged
   */
  fees?: string[];
  /**
   * Exactly the rule ids of the warnings
   */
  warnings?: string[];
  route?: string | null;
}
/**
 * 节假日安排 — the official holidays and make-up workdays (调休) of one year, as published by the State Council.
 */
export interface HolidayCalendar {
  year: number;
  /**
   * Where the data comes from (notice title or package).
   */
  source?: string;
  /**
   * Days off that would otherwise be workdays or weekends inside a holiday period.
   */
  holidays: CalendarDay[];
  /**
   * Weekend days declared working days (调休上班).
   */
  workdays: CalendarDay[];
}
export interface CalendarDay {
  date: string;
  /**
   * Holiday name, e.g. 国庆节
   */
  name?: string;
}
/**
 * 事项 — one service item definition: identity, handling, time limits, form, materials, rules, fees, tests and commitments. Data, never code.
 */
export interface ServiceItem {
  $schema?: string;
  /**
   * 实施编码 — the implementation code (GB/T 39554.1-2020)
   */
  code: string;
  /**
   * 基本编码
   */
  baseCode?: string;
  /**
   * Assigned by the server on publish; 0 or absent for a draft
   */
  version?: number;
  name: ZhText;
  /**
   * 行政许可 / 行政给付 / 行政确认 / 公共服务 / 其他
   */
  type:
    | 'administrative-license'
    | 'administrative-payment'
    | 'administrative-confirmation'
    | 'public-service'
    | 'other';
  department: Department;
  legalBasis?: LegalBasis[];
  /**
   * Items: 自然人 / 法人 / 非法人组织
   */
  servedParties?: ('natural-person' | 'legal-person' | 'other-organization')[];
  /**
   * 受理条件
   */
  conditions?: LocalizedText[];
  /**
   * 办理流程
   */
  process?: ProcessStep[];
  result?: ItemResult;
  faq?: FaqEntry[];
  handling: Handling;
  timeLimits: TimeLimits;
  form: ItemForm;
  /**
   * JSON pointer to the form field holding the applicant's resident ID number; defaults to the first cn-id-card field
   */
  applicantIdField?: string;
  /**
   * @maxItems 200
   */
  materials: Material[];
  /**
   * @maxItems 500
   */
  rules: Rule[];
  /**
   * @maxItems 100
   */
  fees?: Fee[];
  /**
   * @maxItems 500
   */
  tests?: ItemTest[];
  commitments?: Commitments;
}
/**
 * 实施主体
 */
export interface Department {
  name: ZhText;
  /**
   * 统一社会信用代码
   */
  uscc?: string;
  /**
   * Department code used for filtering and KPIs
   */
  code?: string;
}
export interface LegalBasis {
  /**
   * e.g. 《中华人民共和国居民身份证法》
   */
  title: string;
  /**
   * e.g. 第十一条
   */
  article?: string;
  /**
   * 设定依据 / 实施依据
   */
  kind: 'setting' | 'implementing';
  text?: string;
}
export interface ProcessStep {
  name: ZhText;
  description?: LocalizedText;
  duration?: Duration;
}
/**
 * 办理结果 — the licence, approval or certificate issued
 */
export interface ItemResult {
  kind?: 'license' | 'approval' | 'certificate' | 'registration' | 'other';
  name: LocalizedText;
  delivery?: ('counter' | 'mail' | 'electronic')[];
}
export interface FaqEntry {
  question: LocalizedText;
  answer: LocalizedText;
}
export interface Handling {
  /**
   * 即办件 / 承诺件
   */
  kind: 'immediate' | 'commitment';
  channels?: ('counter' | 'online' | 'mobile' | 'mail' | 'self-service')[];
  /**
   * 网上办理深度: 0 none, 1 information, 2 download forms, 3 online application, 4 全程网办
   */
  onlineDepth?: number;
  /**
   * 到办事现场次数 (最多跑一次 = 1)
   */
  maxVisits?: number;
  place?: LocalizedText;
  hours?: LocalizedText;
  phones?: Phone[];
}
export interface Phone {
  purpose: 'consultation' | 'supervision' | 'complaint';
  number: string;
}
export interface ItemForm {
  /**
   * The application form as a draft-07 JSON Schema (checked against the meta-schema by lint)
   */
  schema: FormJsonSchema;
  /**
   * rjsf uiSchema
   */
  uiSchema?: Record<string, unknown>;
}
