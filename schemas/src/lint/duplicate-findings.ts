import { appendPointer } from './json-pointer.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { arrayAt, type JsonObject, objectItems, stringAt } from './read-json.ts';

const KEYED_LISTS = [
  { list: 'materials', key: 'code', zh: '材料编码', en: 'material code' },
  { list: 'fees', key: 'code', zh: '收费编码', en: 'fee code' },
  { list: 'rules', key: 'id', zh: '规则编号', en: 'rule id' },
  { list: 'tests', key: 'name', zh: '测试名称', en: 'test name' },
] as const;

/**
 * `duplicate-code` (error): a material code, fee code, rule id or test name used twice; the finding
 * points at every repetition after the first, which it names.
 */
export function duplicateFindings(definition: JsonObject): LintFinding[] {
  return KEYED_LISTS.flatMap(({ list, key, zh, en }) => {
    const first = new Map<string, number>();
    const findings: LintFinding[] = [];
    for (const [index, item] of objectItems(arrayAt(definition, list))) {
      const value = stringAt(item, key);
      if (value === undefined) continue;
      const earlier = first.get(value);
      if (earlier === undefined) {
        first.set(value, index);
        continue;
      }
      const firstPointer = appendPointer(`/${list}`, earlier);
      findings.push(
        finding(
          'error',
          'duplicate-code',
          appendPointer(`/${list}`, index, key),
          `${zh}“${value}”重复，已用于 ${firstPointer}`,
          `Duplicate ${en} "${value}", first used at ${firstPointer}`,
        ),
      );
    }
    return findings;
  });
}
