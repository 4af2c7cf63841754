import { hasErrors, lintDefinition } from '@onewindow/schemas';
import type { Locale } from './locale.ts';
import { readJson } from './read-json.ts';

/** `onewindow lint <definition.json>`: schema and semantic findings; exit 1 when any is an error. */
export function lintCommand(files: string[], locale: Locale): number {
  let failed = false;
  for (const file of files) {
    const findings = lintDefinition(readJson(file));
    if (findings.length === 0) {
      console.log(`${file}: ${locale === 'en' ? 'no findings' : '未发现问题'}`);
      continue;
    }
    for (const f of findings) {
      const message = f.message[locale] ?? f.message['zh-CN'];
      console.log(`${file}:${f.pointer || '/'}  ${f.severity}  ${f.code}  ${message}`);
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    console.log(`${file}: ${errors} error(s), ${findings.length - errors} warning(s)`);
    if (hasErrors(findings)) failed = true;
  }
  return failed ? 1 : 0;
}
