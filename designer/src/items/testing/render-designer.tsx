import { type ApiClient, AppProviders } from '@onewindow/runtime/app';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * Renders a designer screen inside the app's real providers (API, i18n zh-CN, antd theme, session,
 * router at `/designer` + `path`) with a fake API client, as the app itself would.
 */
export function renderDesigner(ui: ReactElement, client: ApiClient, path = '/'): RenderResult {
  window.localStorage.clear();
  window.history.replaceState(null, '', `/designer${path}`);
  return render(
    <AppProviders client={client} base="/designer">
      {ui}
    </AppProviders>,
  );
}
