import type { Locale } from '@onewindow/schemas';
import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';

/** rjsf's own strings in Chinese (buttons, the error list, yes/no); the rest fall back to English. */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '条目',
  [TranslatableString.EmptyArray]: '暂无条目，请点击下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加条目',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.ClearButton]: '清除内容',
  [TranslatableString.DecrementAriaLabel]: '减少 1',
  [TranslatableString.IncrementAriaLabel]: '增加 1',
  [TranslatableString.OptionalObjectAdd]: '填写此可选部分',
  [TranslatableString.OptionalObjectRemove]: '清除此可选部分',
  [TranslatableString.OptionalObjectEmptyMsg]: '此可选部分未填写',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
};

function zhTranslator(key: TranslatableString, params?: string[]): string {
  const text = ZH[key];
  return text === undefined ? englishStringTranslator(key, params) : replaceStringParameters(text, params);
}

/** rjsf's `translateString` for a language. */
export function rjsfTranslator(locale: Locale): (key: TranslatableString, params?: string[]) => string {
  return locale === 'en' ? englishStringTranslator : zhTranslator;
}
