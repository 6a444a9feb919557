#!/usr/bin/env node
'use strict';
// npm run bench: minimise-scan against `tsc --noEmit`, and ESLint with and without the minimise
// plugin, on the same code, in one run, as ratios. Rewrites the generated part of bench/RESULTS.md
// (between the bench markers); the hand-written sections around it stay. Each timing is the median
// of several runs of the whole command.
const { spawnSync } = require('node:child_process');
const { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir, cpus } = require('node:os');
const { join } = require('node:path');
const { generateCorpus } = require('./generate-corpus');

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const cli = join(root, 'dist', 'cli', 'bin.js');
const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const modules = Number(process.env.BENCH_MODULES ?? 200);
const only = process.env.BENCH_ONLY; // "scanner" or "eslint" to run one half
// The plugin to measure (default: this build), to compare a change to the engine against it.
const pluginEntry = process.env.BENCH_PLUGIN ?? join(root, 'dist', 'eslint-plugin.js');

const work = mkdtempSync(join(tmpdir(), 'minimise-bench-'));
// Preloaded into every measured command: writes the process's CPU time (user + system) at exit.
// On a shared machine wall time varies with other load; a process's own CPU time much less.
const cpuProbe = join(work, 'cpu-time.js');
writeFileSync(cpuProbe, "process.on('exit', () => { const { user, system } = process.cpuUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((user + system) / 1000)); });\n");
const cpuFile = join(work, 'cpu-time.txt');

/** One run of a command: wall time and CPU time, in ms. */
function run(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', cpuProbe, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_CPU_FILE: cpuFile } });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1 && result.status !== 2) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  if (result.status === 2 && !args.includes(tsc)) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Several commands measured in turns (A B C, A B C…), so drift on the machine hits each alike: the
 * median of each, and the samples of every turn for ratios within a turn.
 */
function timeTogether(commands, cwd) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, index) => samples[index].push(run(args, cwd)));
  return samples.map((list) => ({ wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), samples: list }));
}

/**
 * The ratio of two commands as the median of their ratios turn by turn: on a shared machine the
 * load changes between turns far more than between two commands of one turn.
 */
const getTurnRatios = (a, b, key) => a.samples.map((sample, i) => sample[key] / b.samples[i][key]);
const pairedRatio = (a, b, key) => median(getTurnRatios(a, b, key));
/** The lowest and highest ratio of a turn: how far one turn can be from the median on this machine. */
const getRatioRange = (a, b, key) => {
  const ratios = getTurnRatios(a, b, key);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
};

const corpus = join(work, 'corpus');
generateCorpus(corpus, modules);
// ESLint's config must sit above the files it lints: the demo is copied next to the corpus.
const demoCopy = join(corpus, '..', 'demo-kyc-app');
cpSync(join(root, 'fixtures', 'demo-kyc-app'), demoCopy, { recursive: true });
const targets = [
  { name: `generated corpus (${modules * 3 + 3} files)`, dir: corpus, eslintDir: corpus },
  { name: 'fixtures/demo-kyc-app', dir: join(root, 'fixtures', 'demo-kyc-app'), eslintDir: demoCopy },
];

const scannerRows = [];
if (only !== 'eslint') {
  for (const target of targets) {
    const [tscRun, typed, untyped] = timeTogether([
      [tsc, '--noEmit', '-p', join(target.dir, 'tsconfig.json')],
      [cli, target.dir, '--format', 'json', '--fail-on', 'none', '--no-progress'],
      [cli, target.dir, '--format', 'json', '--fail-on', 'none', '--no-progress', '--no-types'],
    ], target.dir);
    const cell = (t) => `${t.wall.toFixed(0)} ms (${pairedRatio(t, tscRun, 'wall').toFixed(2)}×)`;
    scannerRows.push(`| ${target.name} | ${tscRun.wall.toFixed(0)} ms | ${cell(typed)} | ${cell(untyped)} |`);
  }
}

/**
 * The ESLint configurations compared: a typical TypeScript setup (eslint:recommended with
 * typescript-eslint's parser, the core rules TypeScript makes redundant off, as typescript-eslint's
 * own eslint-recommended does), without and with the plugin; untyped, and typed with the project service.
 */
function writeEslintConfigs(dir) {
  const requireOf = (id) => `require(${JSON.stringify(require.resolve(id, { paths: [root] }))})`;
  const configs = {
    base: `const js = ${requireOf('@eslint/js')};
const tsParser = ${requireOf('@typescript-eslint/parser')};
module.exports = [
  { ignores: ['eslint.bench-*.cjs'] },
  js.configs.recommended,
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser }, rules: { 'no-undef': 'off', 'no-unused-vars': 'off', 'no-redeclare': 'off' } },
];
`,
    plugin: `const minimise = require(${JSON.stringify(pluginEntry)});
module.exports = [...require('./eslint.bench-base.cjs'), minimise.configs.recommended];
`,
    'base-typed': `module.exports = [
  ...require('./eslint.bench-base.cjs'),
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } } },
];
`,
    'plugin-typed': `const minimise = require(${JSON.stringify(pluginEntry)});
module.exports = [...require('./eslint.bench-base-typed.cjs'), minimise.configs['recommended-type-checked']];
`,
  };
  for (const [name, text] of Object.entries(configs)) writeFileSync(join(dir, `eslint.bench-${name}.cjs`), text);
  return (name) => [eslint, '--config', `eslint.bench-${name}.cjs`, '--format', 'json', '.'];
}

const eslintRows = [];
if (only !== 'scanner') {
  for (const target of targets) {
    const command = writeEslintConfigs(target.eslintDir);
    const [base, plugin, baseTyped, pluginTyped] = timeTogether([command('base'), command('plugin'), command('base-typed'), command('plugin-typed')], target.eslintDir);
    const cell = (t) => `${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;
    const ratios = (a, b) => `**${pairedRatio(a, b, 'cpu').toFixed(2)}×** CPU (turns ${getRatioRange(a, b, 'cpu')}), ${pairedRatio(a, b, 'wall').toFixed(2)}× wall`;
    eslintRows.push(`| ${target.name} | ${cell(base)} | ${cell(plugin)} | ${ratios(plugin, base)} | ${cell(baseTyped)} | ${cell(pluginTyped)} | ${ratios(pluginTyped, baseTyped)} |`);
  }
}

const generated = [
  '<!-- bench:start (written by bench/run.js) -->',
  `Command: \`npm run bench\` (BENCH_RUNS=${runs}, BENCH_MODULES=${modules}); median times of whole commands, measured in turns; ratios are medians of the ratios within a turn. Node ${process.version}, ${cpus().length} cores.`,
  '',
  ...(scannerRows.length === 0 ? [] : [
    '### minimise-scan and tsc',
    '',
    'Ratios are against `tsc --noEmit` on the same tree in the same run (lower is faster).',
    '',
    '| code | tsc --noEmit | minimise-scan (typed) | minimise-scan --no-types |',
    '| --- | --- | --- | --- |',
    ...scannerRows,
    '',
  ]),
  ...(eslintRows.length === 0 ? [] : [
    '### ESLint with and without the plugin',
    '',
    '`eslint .` with eslint:recommended and typescript-eslint\'s parser (the baseline), then the same with',
    '`minimise.configs.recommended` added; typed: the baseline with `parserOptions.projectService`, then',
    'with `minimise.configs[\'recommended-type-checked\']`. The ratio is the plugin\'s cost (SPEC §8: at most 1.10×),',
    'on the process\'s CPU time (user + system), which other load on the machine disturbs less than wall time:',
    'the median, over the turns, of the two commands\' ratio within a turn, with the lowest and highest turn. The times are medians.',
    '',
    '| code | ESLint | ESLint + minimise | ratio | ESLint typed | ESLint typed + minimise | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...eslintRows,
    '',
  ]),
  '<!-- bench:end -->',
].join('\n');

const resultsFile = join(__dirname, 'RESULTS.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n\n<!-- bench:start --><!-- bench:end -->\n';
const start = previous.indexOf('<!-- bench:start');
const end = previous.indexOf('<!-- bench:end -->');
const report = start === -1 || end === -1
  ? `# Benchmark results\n\n${generated}\n`
  : previous.slice(0, start) + generated + previous.slice(end + '<!-- bench:end -->'.length);
writeFileSync(resultsFile, report);
process.stdout.write(`${generated}\n`);
