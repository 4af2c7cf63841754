/** `@onewindow/runtime/app/testing` — helpers for component tests of the web apps (never in app code). */

export { exampleItem } from './example-item.ts';
export { renderWithI18n } from './render-app.tsx';
