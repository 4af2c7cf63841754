import type { Locale } from '@onewindow/schemas';
import type { ThemeConfig } from 'antd';

/**
 * The font stacks, as app.css gives them to the page (`html:lang(en)` for English). Chinese lists the
 * CJK fonts first, so that “ ” ‘ ’ in Chinese text are full-width; English lists Latin fonts first,
 * so that its apostrophes and quotes are not (the CJK fonts draw them a whole em wide: "server’ s"),
 * and Chinese characters in English pages (names, addresses) fall through to the CJK fonts.
 */
const FONT_FAMILY: Record<Locale, string> = {
  'zh-CN':
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  en: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
};

/**
 * The antd theme of every OneWindow web app. antd's default description grey (#8c8c8c) and error
 * red (#ff4d4f) fail WCAG AA contrast on white (STACK.md pitfall 8); these pass. `motion` is off in
 * tests so screenshots are not taken mid-animation; the font stack follows `locale`.
 */
export function oneWindowTheme({ motion, locale }: { motion: boolean; locale: Locale }): ThemeConfig {
  return {
    token: {
      colorPrimary: '#0b57d0',
      colorTextDescription: 'rgba(0,0,0,0.65)',
      colorTextPlaceholder: 'rgba(0,0,0,0.55)',
      colorTextTertiary: 'rgba(0,0,0,0.6)',
      colorTextQuaternary: 'rgba(0,0,0,0.55)',
      colorError: '#cf1322',
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorLink: '#0b57d0',
      // antd derives a light hover blue (#5799eb) that fails AA contrast on the light backgrounds.
      colorLinkHover: '#0842a0',
      colorPrimaryHover: '#0842a0',
      // The focus indicators: antd draws a button's, radio's, checkbox's, switch's and tab's as an
      // outline in colorPrimaryBorder and an input's as a ring in controlOutline, by default pale
      // blues (about 1.5:1 on white) that a keyboard user barely sees. This one gives 4.4:1 on white
      // (WCAG 2.4.11 / 1.4.11, non-text contrast), measured in the counter's keyboard test.
      colorPrimaryBorder: '#3d74e0',
      controlOutline: '#3d74e0',
      fontFamily: FONT_FAMILY[locale],
      motion,
    },
  };
}
