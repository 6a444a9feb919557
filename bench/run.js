#!/usr/bin/env node
'use strict';
// npm run bench: minimise-scan against `tsc --noEmit` on the same code, in one run, as ratios.
// Writes bench/RESULTS.md. Each timing is the median of several runs of the whole command.
const { spawnSync } = require('node:child_process');
const { writeFileSync, mkdtempSync } = require('node:fs');
const { tmpdir, cpus } = require('node:os');
const { join } = require('node:path');
const { generateCorpus } = require('./generate-corpus');

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const cli = join(root, 'dist', 'cli', 'bin.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const modules = Number(process.env.BENCH_MODULES ?? 200);

function time(args, cwd) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0 && result.status !== 1 && result.status !== 2) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    if (result.status === 2 && !args.includes(tsc)) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const corpus = join(mkdtempSync(join(tmpdir(), 'minimise-bench-')), 'corpus');
generateCorpus(corpus, modules);
const targets = [
  { name: `generated corpus (${modules * 3 + 3} files)`, dir: corpus },
  { name: 'fixtures/demo-kyc-app', dir: join(root, 'fixtures', 'demo-kyc-app') },
];
const rows = [];
for (const target of targets) {
  const tscMs = time([tsc, '--noEmit', '-p', join(target.dir, 'tsconfig.json')], target.dir);
  const typedMs = time([cli, target.dir, '--format', 'json', '--fail-on', 'none', '--no-progress'], target.dir);
  const untypedMs = time([cli, target.dir, '--format', 'json', '--fail-on', 'none', '--no-progress', '--no-types'], target.dir);
  rows.push(`| ${target.name} | ${tscMs.toFixed(0)} ms | ${typedMs.toFixed(0)} ms (${(typedMs / tscMs).toFixed(2)}×) | ${untypedMs.toFixed(0)} ms (${(untypedMs / tscMs).toFixed(2)}×) |`);
}
const report = [
  '# Benchmark results',
  '',
  `Command: \`npm run bench\` (BENCH_RUNS=${runs}, BENCH_MODULES=${modules}); median wall time of whole commands, Node ${process.version}, ${cpus().length} cores.`,
  'Ratios are against `tsc --noEmit` on the same tree in the same run (lower is faster).',
  '',
  '| code | tsc --noEmit | minimise-scan (typed) | minimise-scan --no-types |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n');
writeFileSync(join(__dirname, 'RESULTS.md'), report);
process.stdout.write(report);
