import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import type { BilingualText } from '../formats/index.ts';
import { chineseFormats, isChineseFormatName } from '../formats/index.ts';

type Params = Record<string, unknown>;
type MessageOf = (params: Params) => BilingualText;

const text = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });
const count = (n: unknown, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const INVALID_FORMAT = text('格式不正确', 'Enter a value in the expected format');
const NOT_ALLOWED = text('取值不符合要求', 'This value is not allowed');
const REQUIRED = text('此项为必填项', 'This field is required');

/** Formats from ajv-formats that people meet on forms; the others fall back to {@link INVALID_FORMAT}. */
const STANDARD_FORMAT_MESSAGES: Readonly<Record<string, BilingualText>> = {
  date: text('请输入正确的日期，如 2026-01-31', 'Enter a valid date, e.g. 2026-01-31'),
  time: text('请输入正确的时间', 'Enter a valid time'),
  'date-time': text('请输入正确的日期和时间', 'Enter a valid date and time'),
  email: text('请输入正确的电子邮箱地址', 'Enter a valid email address'),
  uri: text('请输入正确的网址', 'Enter a valid web address'),
  url: text('请输入正确的网址', 'Enter a valid web address'),
  ipv4: text('请输入正确的 IP 地址', 'Enter a valid IP address'),
  ipv6: text('请输入正确的 IP 地址', 'Enter a valid IP address'),
};

const TYPE_MESSAGES: Readonly<Record<string, BilingualText>> = {
  integer: text('请输入整数', 'Enter a whole number'),
  number: text('请输入数字', 'Enter a number'),
  string: text('请输入文字', 'Enter text'),
  boolean: text('请选择是或否', 'Choose yes or no'),
  array: text('应为列表', 'Must be a list'),
  object: text('数据结构不正确', 'Must be a group of fields'),
  null: text('此项应为空', 'Must be empty'),
};
const WRONG_TYPE = text('数据类型不正确', 'The value has the wrong type');

function formatMessage(params: Params): BilingualText {
  const name = String(params.format);
  if (isChineseFormatName(name)) return chineseFormats[name].message;
  return STANDARD_FORMAT_MESSAGES[name] ?? INVALID_FORMAT;
}

/** `["integer", "null"]` is an optional integer: say what to enter, not that null would also do. */
function typeMessage(params: Params): BilingualText {
  const types = String(params.type)
    .split(',')
    .filter((t) => t !== 'null');
  return (types.length === 1 && TYPE_MESSAGES[types[0]]) || TYPE_MESSAGES[String(params.type)] || WRONG_TYPE;
}

/** The keywords people meet most, rewritten as a person would say them; field-agnostic, the UI shows the label. */
const MESSAGES: Readonly<Record<string, MessageOf>> = {
  required: () => REQUIRED,
  dependencies: () => REQUIRED,
  dependentRequired: () => REQUIRED,
  minLength: ({ limit }) =>
    limit === 1
      ? text('不能为空', 'Must not be empty')
      : text(`不能少于 ${limit} 个字符`, `Must be at least ${count(limit, 'character')}`),
  maxLength: ({ limit }) => text(`不能多于 ${limit} 个字符`, `Must be at most ${count(limit, 'character')}`),
  minimum: ({ limit }) => text(`不能小于 ${limit}`, `Must be at least ${limit}`),
  exclusiveMinimum: ({ limit }) => text(`必须大于 ${limit}`, `Must be greater than ${limit}`),
  maximum: ({ limit }) => text(`不能大于 ${limit}`, `Must be at most ${limit}`),
  exclusiveMaximum: ({ limit }) => text(`必须小于 ${limit}`, `Must be less than ${limit}`),
  multipleOf: ({ multipleOf }) =>
    text(`必须是 ${multipleOf} 的整数倍`, `Must be a multiple of ${multipleOf}`),
  minItems: ({ limit }) => text(`至少需要 ${limit} 项`, `Add at least ${count(limit, 'item')}`),
  maxItems: ({ limit }) => text(`最多只能有 ${limit} 项`, `Must have at most ${count(limit, 'item')}`),
  uniqueItems: () => text('不能有重复项', 'Items must not repeat'),
  pattern: () => INVALID_FORMAT,
  format: formatMessage,
  formatMinimum: ({ limit }) => text(`不能早于 ${limit}`, `Must be ${limit} or later`),
  formatExclusiveMinimum: ({ limit }) => text(`必须晚于 ${limit}`, `Must be after ${limit}`),
  formatMaximum: ({ limit }) => text(`不能晚于 ${limit}`, `Must be ${limit} or earlier`),
  formatExclusiveMaximum: ({ limit }) => text(`必须早于 ${limit}`, `Must be before ${limit}`),
  enum: () => text('请从列表中选择', 'Choose an option from the list'),
  const: () => NOT_ALLOWED,
  not: () => NOT_ALLOWED,
  'false schema': () => text('此项不允许填写', 'This field is not allowed'),
  type: typeMessage,
  additionalProperties: () => text('包含不允许的字段', 'Contains a field that is not allowed'),
  oneOf: () => text('须符合且只能符合其中一种情况', 'Must match exactly one of the options'),
  anyOf: () => text('须至少符合其中一种情况', 'Must match at least one of the options'),
  if: () => text('不满足条件要求', 'Does not meet the conditions that apply'),
};

/** ajv-i18n's wording, for the keywords rare enough not to have our own. */
function fallbackMessage(error: ErrorObject): BilingualText {
  const zh = { ...error };
  const en = { ...error };
  localizeZh([zh]);
  localizeEn([en]);
  const english = en.message ?? error.keyword;
  return text(zh.message ?? error.keyword, english.charAt(0).toUpperCase() + english.slice(1));
}

/** The zh-CN and en message for one ajv error. Never `应当匹配格式 "cn-mobile"`: formats speak for themselves. */
export function errorMessage(error: ErrorObject): BilingualText {
  const own = Object.hasOwn(MESSAGES, error.keyword) ? MESSAGES[error.keyword] : undefined;
  return own ? own(error.params) : fallbackMessage(error);
}
