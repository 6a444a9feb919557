'use strict';
// Runs the ESLint plugin's rules over a tree without ESLint: every file parsed first with
// typescript-eslint's parser (the ASTs ESLint would give the plugin), then each rule's `create` and
// `Program` listener called directly, round after round, in one process. Prints each round's wall
// and CPU time (CPU counts V8's compiler threads too), so a cold first round can be told from warm
// ones (bench/RESULTS.md):
//   node bench/plugin-rounds.js DIR [ROUNDS] [--interleave]
// With --interleave each file is parsed again just before the plugin runs on it, as ESLint does, and
// only the plugin's calls are timed: the parse evicts the plugin's code and data from the CPU's
// caches, which the plugin then reads back on every file (bench/RESULTS.md, "Between two parses").
// Read the wall time there: the CPU time around the plugin's calls also holds whatever V8's compiler
// threads do for the parser meanwhile.
// `npm run build` first: it loads dist/eslint-plugin.js, the package's export.
const { existsSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { parseForESLint } = require('@typescript-eslint/parser');
const { listFiles } = require('./list-files');

const SOURCE = /\.(ts|tsx|mts|cts)$/;

function parse(file, text) {
  const { ast, services } = parseForESLint(text, { filePath: file, range: true, loc: true, tokens: true, comment: true });
  return { text, ast, parserServices: services };
}

function main() {
  const args = process.argv.slice(2);
  const interleave = args.includes('--interleave');
  const [dirArgument, roundsArgument = '3'] = args.filter((arg) => arg !== '--interleave');
  const rounds = Number(roundsArgument);
  if (dirArgument === undefined || !existsSync(dirArgument) || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('usage: node bench/plugin-rounds.js DIR [ROUNDS] [--interleave]\n');
    process.exit(2);
  }
  const dir = resolve(dirArgument);
  // Parsed up front in both modes, so that a first round meets the parser equally warm either way.
  const files = listFiles(dir, (path) => SOURCE.test(path)).map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file, text, sourceCode: parse(file, text) };
  });
  // Loaded after parsing, so the first round pays for the plugin's start as `eslint .` does.
  const plugin = require(join(__dirname, '..', 'dist', 'eslint-plugin.js'));
  const rules = Object.values(plugin.rules);
  let reports = 0;
  const report = () => {
    reports++;
  };
  for (let round = 0; round < rounds; round++) {
    reports = 0;
    let wall = 0n;
    let cpu = 0;
    for (const { file, text, sourceCode } of files) {
      // A fresh sourceCode object per round: the plugin caches a file's analysis by it.
      const code = interleave ? parse(file, text) : { ...sourceCode };
      const cpuStart = process.cpuUsage();
      const wallStart = process.hrtime.bigint();
      for (const rule of rules) rule.create({ cwd: dir, filename: file, physicalFilename: file, settings: {}, sourceCode: code, options: [], report }).Program?.();
      wall += process.hrtime.bigint() - wallStart;
      const used = process.cpuUsage(cpuStart);
      cpu += used.user + used.system;
    }
    process.stdout.write(`round ${round + 1}: ${files.length} files, ${reports} messages, ${(Number(wall) / 1e6).toFixed(0)} ms wall, ${(cpu / 1000).toFixed(0)} ms CPU\n`);
  }
}

main();
