import { defineMessages } from '../i18n/define-messages.ts';

export const editorMessages = defineMessages({
  'zh-CN': {
    'tab.basic': '基本信息',
    'tab.form': '表单',
    'tab.materials': '材料与收费',
    'tab.timeLimits': '办理时限',
    'tab.rules': '审查规则',
    'tab.tests': '测试用例',
    'tab.json': 'JSON',
    'tab.versions': '版本',
    'editor.loadFailed': '无法打开事项 {code}',
    'editor.back': '返回事项列表',
    'editor.title': '编辑事项：{name}',
  },
  en: {
    'tab.basic': 'Basic information',
    'tab.form': 'Form',
    'tab.materials': 'Materials & fees',
    'tab.timeLimits': 'Time limits',
    'tab.rules': 'Rules',
    'tab.tests': 'Tests',
    'tab.json': 'JSON',
    'tab.versions': 'Versions',
    'editor.loadFailed': 'Could not open item {code}',
    'editor.back': 'Back to the item list',
    'editor.title': 'Editing: {name}',
  },
});
