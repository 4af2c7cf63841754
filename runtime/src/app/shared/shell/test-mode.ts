let cached: boolean | undefined;

/**
 * True under automation (`navigator.webdriver`) or with `?test` in the first URL: animations are
 * turned off so screenshots and axe never catch a page mid-transition. Decided once per page load.
 */
export function isTestMode(): boolean {
  if (cached !== undefined) return cached;
  cached =
    typeof window !== 'undefined' &&
    (new URLSearchParams(window.location.search).has('test') || window.navigator.webdriver === true);
  return cached;
}
