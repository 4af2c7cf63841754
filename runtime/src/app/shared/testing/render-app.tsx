import type { Locale } from '@onewindow/schemas';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n/i18n-context.tsx';

/** Renders a component of the app with the language it needs (zh-CN unless told). */
export function renderWithI18n(ui: ReactElement, locale: Locale = 'zh-CN'): RenderResult {
  return render(<I18nProvider initial={locale}>{ui}</I18nProvider>);
}
