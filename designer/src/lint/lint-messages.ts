import { defineMessages } from '../i18n/define-messages.ts';

/** Strings of the lint panel. */
export const lintMessages = defineMessages({
  'zh-CN': {
    'lint.title': '检查结果',
    'lint.summary': '{errors} 个错误，{warnings} 个提醒',
    'lint.errors': '错误（{n}）',
    'lint.warnings': '提醒（{n}）',
    'lint.none': '没有问题',
    'lint.errorsBlock': '有错误时不能发布。',
    'lint.whole': '整个定义',
    'lint.goTo': '定位',
  },
  en: {
    'lint.title': 'Lint',
    'lint.summary': '{errors} errors, {warnings} warnings',
    'lint.errors': 'Errors ({n})',
    'lint.warnings': 'Warnings ({n})',
    'lint.none': 'No problems',
    'lint.errorsBlock': 'A version cannot be published while there are errors.',
    'lint.whole': 'The whole definition',
    'lint.goTo': 'Go there',
  },
});
