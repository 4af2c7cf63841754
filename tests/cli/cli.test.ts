import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../runtime/bin/onewindow.js');
const idCard = join(import.meta.dirname, '../../examples/items/resident-id-card-renewal.json');
const work = mkdtempSync(join(tmpdir(), 'onewindow-cli-'));

function onewindow(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeJson(name: string, value: unknown): string {
  const file = join(work, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('onewindow deadline', () => {
  it('counts 5 working days from 2026-09-30 across National Day to 2026-10-13', () => {
    const run = onewindow('deadline', '--accepted', '2026-09-30', '--limit', '5workday');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ due: '2026-10-13' });
  });

  it('gives remaining days and the light when --today is given', () => {
    const run = onewindow(
      'deadline',
      '--accepted',
      '2026-06-15',
      '--limit',
      '5workday',
      '--today',
      '2026-06-22',
    );
    expect(JSON.parse(run.stdout)).toEqual({ due: '2026-06-23', remaining: 1, light: 'yellow' });
  });

  it('moves the deadline by the working days of a pause and adds extensions', () => {
    const paused = onewindow(
      'deadline',
      '--accepted',
      '2026-06-15',
      '--limit',
      '5workday',
      '--pause',
      '2026-06-16:2026-06-19',
    );
    expect(JSON.parse(paused.stdout).due).toBe('2026-06-25');
    const extended = onewindow(
      'deadline',
      '--accepted',
      '2026-06-15',
      '--limit',
      '5workday',
      '--extend',
      '2',
    );
    expect(JSON.parse(extended.stdout).due).toBe('2026-06-25');
  });

  it('moves a natural-day deadline off a holiday', () => {
    const run = onewindow('deadline', '--accepted', '2026-09-24', '--limit', '7day');
    expect(JSON.parse(run.stdout).due).toBe('2026-10-08');
  });

  it('says a year without a calendar is provisional instead of guessing silently', () => {
    const run = onewindow(
      'deadline',
      '--accepted',
      '2026-12-28',
      '--limit',
      '10workday',
      '--today',
      '2026-12-29',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ due: '2027-01-11', provisional: ['2027'] });
  });

  it('refuses a bad limit or date with one line and no stack trace', () => {
    for (const args of [
      ['--accepted', '2026-09-30', '--limit', '5'],
      ['--accepted', '2026-02-30', '--limit', '5day'],
      ['--limit', '5day'],
    ]) {
      const run = onewindow('deadline', ...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('onewindow check', () => {
  const definition = JSON.parse(readFileSync(idCard, 'utf8'));

  it('prints the CheckResult of a case pinned to the definition', () => {
    const first = definition.tests[0];
    const run = onewindow('check', idCard, writeJson('case.json', first.input), '--today', first.today);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.outcome).toBe(first.expect.outcome);
    expect(result.definition.code).toBe(definition.code);
    expect(result.today).toBe(first.today);
    expect(result.factsHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('explains unreadable and malformed files in one line each', () => {
    const missing = onewindow('check', idCard, join(work, 'nope.json'));
    expect(missing.stderr).toMatch(/nope\.json: cannot read \(no such file\)/);
    const malformed = onewindow('check', idCard, writeJson('bad.json', '{"formData": {'));
    expect(malformed.stderr).toMatch(/bad\.json: not valid JSON/);
    const notACase = onewindow('check', idCard, writeJson('array.json', [1, 2]));
    expect(notACase.stderr).toMatch(/a case is/);
    for (const run of [missing, malformed, notACase]) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses a definition the engine cannot compile and points at lint', () => {
    const run = onewindow(
      'check',
      writeJson('broken.json', { code: 'x' }),
      writeJson('c.json', { formData: {} }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a valid service item .*onewindow lint/);
  });
});

describe('onewindow test', () => {
  it('runs every embedded test of the examples and reports rule coverage', () => {
    const run = onewindow('test', join(import.meta.dirname, '../../examples'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/居民身份证换领/);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(run.stdout).not.toMatch(/✗/);
  });

  it('fails with exit 1 and names the failing expectation when a test is wrong', () => {
    const definition = JSON.parse(readFileSync(idCard, 'utf8'));
    definition.tests = [{ ...definition.tests[0], name: 'wrong on purpose', expect: { outcome: 'reject' } }];
    const run = onewindow('test', writeJson('wrong.json', definition));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ wrong on purpose/);
    expect(run.stdout).toMatch(/0 passed, 1 failed/);
    expect(run.stdout).toMatch(/未被任何测试触发的规则/);
  });
});
