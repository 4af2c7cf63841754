/** The languages the command line speaks; Chinese unless `--lang en` or a LANG starting with `en`. */
export type Locale = 'zh-CN' | 'en';

export function pickLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = flag ?? env.ONEWINDOW_LANG ?? '';
  return wanted.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
