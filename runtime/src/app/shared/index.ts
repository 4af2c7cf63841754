/**
 * @onewindow/runtime/app — the web pieces the counter and the designer share (DESIGN.md: written once
 * here, never copied): the API client, login, i18n, the page shell, the router, THE item form and the
 * check panel. Import from '@onewindow/runtime/app' only.
 */

/** `createApiClient()` — fetch wrapper: JSON, same-origin cookies, problem+json errors as `ApiError`. */
export {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  type QueryParams,
  type RequestOptions,
  withQuery,
} from './api/api-client.ts';
/** `ApiProvider` / `useApi()` — the client for everything below. */
export { ApiProvider, useApi } from './api/api-context.tsx';
/** `ApiError {status, title, detail, code, fieldErrors, problem}` — every failed call. */
export { ApiError, type FieldError, isApiError, type ProblemDocument } from './api/api-error.ts';
/** The API's answers as the web apps read them. */
export type * from './api/api-types.ts';
export { CASE_STATUSES, REASON_REQUIRED, SUSPENSION_TYPES } from './api/api-types.ts';
export { ErrorAlert, useErrorText } from './api/error-alert.tsx';
/** `useApiQuery(load, deps)` — load on change, newest answer wins; `ErrorAlert` / `useErrorText` — a failed call shown. */
export { type ApiQuery, useApiQuery } from './api/use-api-query.ts';
/** `AuthProvider` / `useAuth()` — the session: `actor`, `login`, `logout`. */
export { type Auth, AuthProvider, useAuth } from './auth/auth-context.tsx';
/** `LoginPage` — 工作人员登录, then on to `?next=` or `home(actor)`. */
export { LoginPage } from './auth/login-page.tsx';
/** `RequireRole` — shows its children to a logged-in user of one of the roles, else sends to login. */
export { RequireRole } from './auth/require-role.tsx';
/** `centreToday()` — today in Asia/Shanghai, `YYYY-MM-DD`. */
export { CENTRE_TIME_ZONE, centreToday } from './check/centre-today.ts';
/** `CheckPanel` — the live check: outcome, form problems, materials, rules explained, fees. */
export { CheckPanel, type CheckPanelProps } from './check/check-panel.tsx';
/** `compileCached(version)` — the engine's `compile`, once per version hash. */
export { compileCached } from './check/compile-cached.ts';
/** `explainTrace(trace, ctx)` — a rule's condition trace as plain-language sentences (zh/en). */
export { type ExplainContext, type Explanation, explainTrace } from './check/explain-condition.ts';
/** `ExplanationView` — an `explainTrace` result as a nested list of sentences, each marked holds/fails. */
export { ExplanationView } from './check/explanation-view.tsx';
export { OutcomeBadge } from './check/outcome-badge.tsx';
export { type Tone, ToneTag } from './check/tone-tag.tsx';
/** `useLiveCheck(compiled, today)` — the engine's check, recomputed as the case changes. */
export { type LiveCheck, useLiveCheck } from './check/use-live-check.ts';
/** `outlineForm(schema, uiSchema)` — field labels and enum display names by JSON pointer. */
export { type FormOutline, fieldName, outlineForm, toPointer } from './form/form-outline.ts';
export { formValidator } from './form/form-validator.ts';
/** `ItemForm` — THE form of a service item (counter and designer preview). */
export { type FormData, ItemForm, type ItemFormProps, type ShowErrors } from './form/item-form.tsx';
export { toExtraErrors } from './form/to-extra-errors.ts';
/** `formatInstant` (local date and time), `formatDue`, `formatNoticeDate` — dates as the centre writes them. */
export { formatDue, formatInstant, formatNoticeDate } from './format-date.ts';
/** `I18nProvider` / `useI18n()` — zh-CN by default, English on request, remembered. */
export { type I18n, I18nProvider, useI18n } from './i18n/i18n-context.tsx';
export { localized } from './i18n/localized.ts';
export {
  createTranslate,
  type MessageKey,
  type MessageParams,
  messages,
  type Translate,
} from './i18n/messages.ts';
/** `Link`, `RouterProvider`, `useRouter()`, `matchRoute()`, `useLeaveGuard()` — the tiny history router. */
export { Link, type LinkProps } from './router/link.tsx';
export { matchRoute, type RouteParams } from './router/match-route.ts';
export { type Blocker, type Location, type Router, RouterProvider, useRouter } from './router/router.tsx';
export { useLeaveGuard } from './router/use-leave-guard.ts';
/** `AppProviders` (API, i18n, antd theme + locale, auth, router) and `AppShell` (header, nav, main). */
export { AppProviders } from './shell/app-providers.tsx';
export { AppShell, type NavEntry } from './shell/app-shell.tsx';
export { LanguageSwitch } from './shell/language-switch.tsx';
export { isTestMode } from './shell/test-mode.ts';
export { oneWindowTheme } from './shell/theme.ts';
