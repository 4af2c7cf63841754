import type { ErrorObject } from 'ajv';
import { errorMessage, errorPath } from '../ajv/index.ts';
import type { BilingualText } from '../formats/index.ts';
import { appendPointer } from './json-pointer.ts';
import { finding, type LintFinding } from './lint-finding.ts';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

const MAX_LISTED = 12;
const quote = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function list(values: readonly unknown[], separator: string): string {
  const shown = values.slice(0, MAX_LISTED).map(quote).join(separator);
  return values.length > MAX_LISTED ? `${shown}${separator}…` : shown;
}

/**
 * A message for an administrator editing a definition, who needs the property and the allowed values
 * named (a clerk filling a form needs neither, hence {@link errorMessage} for everything else).
 */
function definitionMessage(e: ErrorObject): BilingualText {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        'zh-CN': `缺少必填项“${p.missingProperty}”`,
        en: `Missing required property "${p.missingProperty}"`,
      };
    case 'additionalProperties':
      return {
        'zh-CN': `不允许的属性“${p.additionalProperty}”`,
        en: `Property "${p.additionalProperty}" is not allowed here`,
      };
    case 'enum': {
      const values = Array.isArray(p.allowedValues) ? p.allowedValues : [];
      return {
        'zh-CN': `取值应为以下之一：${list(values, '、')}`,
        en: `Must be one of: ${list(values, ', ')}`,
      };
    }
    case 'const':
      return { 'zh-CN': `取值应为 ${quote(p.allowedValue)}`, en: `Must be ${quote(p.allowedValue)}` };
    case 'type': {
      const types = String(p.type).split(',');
      return {
        'zh-CN': `类型应为${types.map((t) => TYPE_NAMES[t] ?? t).join('或')}`,
        en: `Must be of type ${types.join(' or ')}`,
      };
    }
    case 'pattern':
      return { 'zh-CN': `不符合格式 ${p.pattern}`, en: `Must match the pattern ${p.pattern}` };
    case 'oneOf':
    case 'anyOf':
      if (Array.isArray(p.alternatives)) {
        const shapes = p.alternatives.map((names) => `{${(names as string[]).join(', ')}}`);
        return {
          'zh-CN': `应为以下形式之一：${shapes.join('、')}`,
          en: `Must have one of these shapes: ${shapes.join(', ')}`,
        };
      }
      return errorMessage(e);
    default:
      return errorMessage(e);
  }
}

/** The pointer of the offending place: the missing or the unexpected property itself, where there is one. */
function offendingPointer(e: ErrorObject): string {
  const extra = (e.params as Record<string, unknown>).additionalProperty;
  if (e.keyword === 'additionalProperties' && typeof extra === 'string')
    return appendPointer(e.instancePath, extra);
  return errorPath(e);
}

/** One finding for one ajv error, its pointer prefixed by where the validated value sits in the definition. */
export function schemaErrorFinding(e: ErrorObject, code: string, prefix = ''): LintFinding {
  const message = definitionMessage(e);
  return finding('error', code, prefix + offendingPointer(e), message['zh-CN'], message.en);
}
