import { defineMessages } from '../i18n/define-messages.ts';

/** Strings of the JSON tab. */
export const jsonMessages = defineMessages({
  'zh-CN': {
    'json.label': '事项定义（JSON）',
    'json.help':
      '面向熟悉 JSON 的管理员：修改后点“应用”，作为一步可撤销的修改写入编辑器；其他标签页随之更新。',
    'json.apply': '应用',
    'json.check': '检查',
    'json.reload': '重新载入',
    'json.stale': '打开此页后，事项已在其他标签页或通过撤销/重做被修改；这里仍是之前的内容。',
    'json.staleEdited': '重新载入会丢弃这里尚未应用的修改。',
    'json.syntax': 'JSON 格式错误：第 {line} 行第 {column} 列。',
    'json.syntaxNoPlace': 'JSON 格式错误。',
    'json.syntaxKept': '未应用任何修改，文本保持原样，请改正后再应用。',
    'json.notObject': '事项定义必须是一个 JSON 对象（以 { 开头），未应用。',
    'json.codeChanged':
      '实施编码不能在这里修改（原为 {from}，现为 {to}），未应用。需要新编码请在事项列表中复制事项。',
    'json.unchanged': '内容没有变化。',
    'json.applied': '已应用 JSON 修改，可撤销。',
    'json.leave': 'JSON 有尚未应用的修改，确定离开吗？',
    'json.lintClean': '检查通过：没有错误或警告。',
    'json.lintSummary': '检查结果：{errors} 个错误，{warnings} 个警告（未应用）。',
    'json.lintMore': '另有 {n} 项，应用后见右侧检查结果。',
    'json.whole': '（整个定义）',
  },
  en: {
    'json.label': 'Item definition (JSON)',
    'json.help':
      'For administrators who know JSON: edit, then Apply; the change goes into the editor as one undoable step and every tab shows it.',
    'json.apply': 'Apply',
    'json.check': 'Check',
    'json.reload': 'Reload',
    'json.stale':
      'The item has changed since this text was loaded (another tab, undo or redo); this is the older text.',
    'json.staleEdited': 'Reloading discards the changes not yet applied here.',
    'json.syntax': 'Malformed JSON at line {line}, column {column}.',
    'json.syntaxNoPlace': 'Malformed JSON.',
    'json.syntaxKept': 'Nothing was applied and the text is kept; correct it and apply again.',
    'json.notObject': 'A definition must be a JSON object (starting with {); not applied.',
    'json.codeChanged':
      'The item code cannot change here (was {from}, now {to}); not applied. Duplicate the item from the list for a new code.',
    'json.unchanged': 'Nothing changed.',
    'json.applied': 'JSON applied; undo reverts it.',
    'json.leave': 'The JSON has changes that are not applied. Leave anyway?',
    'json.lintClean': 'Check passed: no errors or warnings.',
    'json.lintSummary': 'Check: {errors} errors, {warnings} warnings (not applied).',
    'json.lintMore': '{n} more; apply to see them all in the findings panel.',
    'json.whole': '(whole definition)',
  },
});
