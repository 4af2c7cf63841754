import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `examples/` folder (the seed of the demo centre). */
export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** One example file: its base name (e.g. `resident-id-card-renewal`) and its parsed JSON. */
export interface ExampleFile {
  name: string;
  data: unknown;
}

/** Every `*.json` of `examples/<folder>`, by file name. */
export async function readExampleFiles(folder: 'items' | 'calendars'): Promise<ExampleFile[]> {
  const dir = join(EXAMPLES_DIR, folder);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({
      name: basename(file, '.json'),
      data: JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown,
    })),
  );
}

/** The example item whose file name (without `.json`) or `code` is `key`, or null. */
export async function findExampleItem(key: string): Promise<unknown | null> {
  const examples = await readExampleFiles('items');
  const found = examples.find(
    (e) =>
      e.name === key ||
      (typeof e.data === 'object' && e.data !== null && (e.data as { code?: unknown }).code === key),
  );
  return found?.data ?? null;
}
