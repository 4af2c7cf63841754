import { compile, hashJson } from '@onewindow/runtime/engine';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/index.ts';
import { getCompiledVersion } from './compiled-cache.ts';
import { DefinitionIntegrityError } from './definition-integrity-error.ts';
import { exampleItem, publishThroughStore } from './testing/example-fixtures.ts';
import { makeTestDeps, type TestDeps } from './testing/test-deps.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

describe('the compiled version cache', () => {
  it("agrees with the engine: the store's version hash is the hash compile puts in the definition ref", async () => {
    const published = await publishThroughStore(deps, exampleItem());
    const { version, compiled } = await getCompiledVersion(deps, { code: published.code });
    expect(compiled.ref).toEqual({ code: published.code, version: 1, hash: published.hash });
    expect(compile(published.definition).ref.hash).toBe(published.hash);
    expect(hashJson(published.definition)).toBe(published.hash);
    expect(version.status).toBe('active');
  });

  it('files new cases under the highest active version, and under none once every version is retired', async () => {
    const item = exampleItem();
    await publishThroughStore(deps, item);
    await publishThroughStore(deps, { ...item, name: { ...item.name, 'zh-CN': '居民身份证换领（二）' } });
    expect((await getCompiledVersion(deps, { code: item.code })).version.version).toBe(2);

    await deps.store.retireVersion({
      code: item.code,
      version: 2,
      actor: 't',
      at: deps.clock.now().toISOString(),
    });
    expect((await getCompiledVersion(deps, { code: item.code })).version.version).toBe(1);
    await deps.store.retireVersion({
      code: item.code,
      version: 1,
      actor: 't',
      at: deps.clock.now().toISOString(),
    });
    await expect(getCompiledVersion(deps, { code: item.code })).rejects.toBeInstanceOf(NotFoundError);

    // Cases pinned to a retired version keep it.
    const pinned = await getCompiledVersion(deps, { code: item.code, version: 2 });
    expect(pinned.version.status).toBe('retired');
    expect(pinned.compiled.ref.version).toBe(2);
  });

  it('refuses a version whose stored definition was edited behind the server', async () => {
    const item = exampleItem();
    item.name['zh-CN'] = '居民身份证换领（篡改测试）';
    const published = await publishThroughStore(deps, item);
    const db = new Database(deps.file);
    db.exec('DROP TRIGGER versions_immutable');
    const tampered = { ...published.definition, fees: [] };
    db.prepare('UPDATE versions SET definition = ? WHERE code = ?').run(JSON.stringify(tampered), item.code);
    db.close();

    await expect(getCompiledVersion(deps, { code: item.code })).rejects.toBeInstanceOf(
      DefinitionIntegrityError,
    );
  });
});
