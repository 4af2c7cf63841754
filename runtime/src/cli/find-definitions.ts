import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.ts';

/** Expands files and folders into the JSON files they name, folders searched recursively, sorted. */
export function findJsonFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (path: string, explicit: boolean) => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new CliError(`${path}: no such file or folder`);
    }
    if (!isDir) {
      if (explicit || path.endsWith('.json')) out.push(path);
      return;
    }
    for (const entry of readdirSync(path).sort()) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      walk(join(path, entry), false);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}
