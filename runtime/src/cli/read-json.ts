import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads and parses a JSON file, turning every failure into one clear line naming the file. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    if (statSync(file).size > MAX_BYTES)
      throw new CliError(`${file}: larger than 20 MB, refusing to read it`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, expected a JSON file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new CliError(`${file}: cannot read (${why})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
