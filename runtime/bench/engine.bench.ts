/**
 * The engine bench (`npm run bench`): for every examples/items/*.json, plus the 居民身份证换领 fixture
 * and a synthetic 25-rule item, full checks per second and p50/p99 latency of `check` (compiled
 * closures) and of `checkWithReference` (json-rules-engine) side by side, measured in one run.
 * Each call is timed with process.hrtime.bigint(); cases cycle through all of an item's test inputs.
 * Items are compiled with node:crypto's SHA-256 injected, as the server does (`compile` option
 * `sha256Hex`); one extra row shows the benchmark item with the engine's portable pure-JS hash.
 * A second pair of figures times rule evaluation alone (closures vs json-rules-engine's run on the
 * same prepared facts): the full-check ratio is bounded by the work both paths share (pruning,
 * ajv, facts hash, material table), the rules-only ratio is what replacing the interpreter buys.
 */
import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { ItemTest, ServiceItem } from '@onewindow/schemas';
import { toFactMap } from '../src/engine/fact-values.ts';
import {
  type CompiledItem,
  type CompileOptions,
  check,
  checkWithReference,
  compile,
} from '../src/engine/index.ts';
import { prepareCase } from '../src/engine/prepare-case.ts';
import { createReferenceEngine } from '../src/engine/reference-engine.ts';
import { idCardRenewal } from '../src/engine/testing/id-card-renewal.ts';
import { createSyntheticItem } from '../src/engine/testing/synthetic-item.ts';

const COMPILED_RUNS = Number(process.env.BENCH_COMPILED_RUNS ?? 50_000);
const REFERENCE_RUNS = Number(process.env.BENCH_REFERENCE_RUNS ?? 4_000);
const TARGET = { checksPerSecond: 20_000, p99Micros: 100, ratio: 10 };

interface Stats {
  perSecond: number;
  /** Calls per second of CPU time (process.cpuUsage): robust when other processes share the machine. */
  perCpuSecond: number;
  p50: number;
  p99: number;
}

interface Row {
  item: string;
  rules: number;
  cases: number;
  compiled: Stats;
  reference: Stats;
  ratio: number;
  /** Rule evaluation alone, on prepared facts: closures vs json-rules-engine's run. */
  rulesOnly: { compiled: Stats; reference: Stats; ratio: number };
  idCard: boolean;
}

function stats(latencies: bigint[], totalNs: bigint, cpu: NodeJS.CpuUsage): Stats {
  const sorted = latencies.map(Number).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000;
  return {
    perSecond: (latencies.length * 1e9) / Number(totalNs),
    perCpuSecond: (latencies.length * 1e6) / (cpu.user + cpu.system),
    p50: at(0.5),
    p99: at(0.99),
  };
}

type Call = (i: number) => void;
type AsyncCall = (i: number) => Promise<unknown>;

function measure(call: Call, runs: number): Stats {
  for (let i = 0; i < Math.max(5_000, runs / 5); i++) call(i);
  const latencies = new Array<bigint>(runs);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    call(i);
    latencies[i] = process.hrtime.bigint() - t0;
  }
  return stats(latencies, process.hrtime.bigint() - start, process.cpuUsage(cpu));
}

async function measureAsync(call: AsyncCall, runs: number): Promise<Stats> {
  for (let i = 0; i < Math.max(500, runs / 5); i++) await call(i);
  const latencies = new Array<bigint>(runs);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await call(i);
    latencies[i] = process.hrtime.bigint() - t0;
  }
  return stats(latencies, process.hrtime.bigint() - start, process.cpuUsage(cpu));
}

/** The server's SHA-256 (native); the engine's default is pure JS so that it also runs in browsers. */
const nativeSha256 = (text: string) => hash('sha256', text, 'hex');

async function benchItem(
  label: string,
  item: ServiceItem,
  tests: readonly ItemTest[],
  options: CompileOptions,
): Promise<Row> {
  const compiled: CompiledItem = compile(item, options);
  const at = (i: number) => tests[i % tests.length];
  const full = measure((i) => check(compiled, at(i).input, { today: at(i).today }), COMPILED_RUNS);
  const fullReference = await measureAsync(
    (i) => checkWithReference(compiled, at(i).input, { today: at(i).today }),
    REFERENCE_RUNS,
  );
  const prepared = tests.map((t) => {
    const ops = compiled.operatorsOn(t.today);
    const facts = prepareCase(compiled, t.input, t.today).facts;
    return { facts, ops, env: { facts: toFactMap(facts), ops } };
  });
  const rules = measure((i) => {
    const { env } = prepared[i % prepared.length];
    for (const rule of compiled.rules) rule.condition.evaluate(env);
  }, COMPILED_RUNS);
  const engine = createReferenceEngine(compiled.rules, compiled.operatorNames);
  const rulesReference = await measureAsync((i) => {
    const { facts, ops } = prepared[i % prepared.length];
    return engine.run(facts, ops);
  }, REFERENCE_RUNS);
  return {
    item: label,
    rules: item.rules.length,
    cases: tests.length,
    compiled: full,
    reference: fullReference,
    ratio: full.perSecond / fullReference.perSecond,
    rulesOnly: {
      compiled: rules,
      reference: rulesReference,
      ratio: rules.perSecond / rulesReference.perSecond,
    },
    idCard: isIdCard(item),
  };
}

function loadExamples(): { label: string; item: ServiceItem }[] {
  const dir = join(import.meta.dirname, '../../examples/items');
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    console.log(`(no ${dir} yet: benching the fixtures only)`);
  }
  return files.map((f) => ({
    label: f,
    item: JSON.parse(readFileSync(join(dir, f), 'utf8')) as ServiceItem,
  }));
}

const isIdCard = (item: ServiceItem) =>
  item.code.includes('id-card') || item.name['zh-CN'] === '居民身份证换领';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const examples = loadExamples();
  const native: CompileOptions = { sha256Hex: nativeSha256 };
  const items: { label: string; item: ServiceItem; options: CompileOptions }[] = [
    ...examples.map((e) => ({ ...e, options: native })),
    { label: 'fixture: id-card-renewal', item: idCardRenewal, options: native },
    { label: 'synthetic: 25 rules', item: createSyntheticItem(25), options: native },
    // The same benchmark item with the engine's portable (pure-JS) SHA-256, as a browser runs it.
    ...examples
      .filter((e) => isIdCard(e.item))
      .map((e) => ({ label: `${e.label} (pure-JS sha256)`, item: e.item, options: {} })),
  ];
  const rows: Row[] = [];
  for (const { label, item, options } of items) {
    const tests = item.tests ?? [];
    if (tests.length === 0) {
      console.log(`skip ${label}: no embedded tests to build cases from`);
      continue;
    }
    rows.push(await benchItem(label, item, tests, options));
  }

  const header = [
    'item',
    'rules',
    'check/s',
    'per cpu-s',
    'p50 µs',
    'p99 µs',
    'jre check/s',
    'jre per cpu-s',
    'jre p50',
    'jre p99',
    'ratio',
    'rules p50',
    'jre rules p50',
    'rules ratio',
    'target',
  ];
  const lines = rows.map((r) => {
    const meets =
      r.compiled.perSecond >= TARGET.checksPerSecond &&
      r.compiled.p99 <= TARGET.p99Micros &&
      r.ratio >= TARGET.ratio;
    return [
      r.item,
      String(r.rules),
      fmt(r.compiled.perSecond),
      fmt(r.compiled.perCpuSecond),
      fmt(r.compiled.p50, 1),
      fmt(r.compiled.p99, 1),
      fmt(r.reference.perSecond),
      fmt(r.reference.perCpuSecond),
      fmt(r.reference.p50, 1),
      fmt(r.reference.p99, 1),
      `${fmt(r.ratio, 1)}×`,
      fmt(r.rulesOnly.compiled.p50, 1),
      fmt(r.rulesOnly.reference.p50, 1),
      `${fmt(r.rulesOnly.ratio, 1)}×`,
      r.idCard ? (meets ? 'MET' : 'MISSED') : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const print = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log(
    `node ${process.version}; per item ${COMPILED_RUNS} compiled / ${REFERENCE_RUNS} json-rules-engine calls per figure; µs per call`,
  );
  print(header);
  for (const l of lines) print(l);
  console.log(
    `target for 居民身份证换领: ≥ ${fmt(TARGET.checksPerSecond)} checks/s, p99 ≤ ${TARGET.p99Micros} µs, ≥ ${TARGET.ratio}× json-rules-engine`,
  );
  const load = typeof os.loadavg === 'function' ? os.loadavg()[0] : undefined;
  console.log(
    `machine: ${os.cpus().length} cpus, load average ${load?.toFixed(2)} (other processes compete for them)`,
  );
  console.log(
    JSON.stringify({ bench: 'engine', node: process.version, loadAverage: load, target: TARGET, rows }),
  );
}

await main();
