import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';

/** The repository root: the nearest folder up from the working directory that holds examples/items. */
function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'examples', 'items'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('examples/items not found above the working directory');
    dir = up;
  }
  return dir;
}

/** An example item of the repository (examples/items/<name>.json), for tests. */
export function exampleItem(name: string): ServiceItem & { tests: NonNullable<ServiceItem['tests']> } {
  return JSON.parse(readFileSync(join(repoRoot(), 'examples', 'items', `${name}.json`), 'utf8'));
}
