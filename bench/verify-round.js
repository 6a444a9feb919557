'use strict';
// Lints a tree once, in one process, through ESLint's Linter#verify: the files read synchronously, in
// sorted order, and the configuration normalised before the first. Run under valgrind, the number of
// instructions it executes repeats far better than a whole `eslint .` does (bench/RESULTS.md):
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --predictable bench/verify-round.js DIR CONFIG
// CONFIG is a flat config file in DIR.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Linter } = require('eslint');
const { listFiles } = require('./list-files');
// ESLint's own config array, so that the configuration is normalised once rather than for each file
// as Linter#verify does with a plain array: not a public export, hence the path.
const { FlatConfigArray } = require(join(dirname(require.resolve('eslint/package.json')), 'lib', 'config', 'flat-config-array'));

const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

function main() {
  const [dirArgument, config] = process.argv.slice(2);
  if (dirArgument === undefined || config === undefined || !existsSync(join(dirArgument, config))) {
    process.stderr.write('usage: node bench/verify-round.js DIR CONFIG (a flat config file in DIR)\n');
    process.exit(2);
  }
  const dir = resolve(dirArgument);
  process.chdir(dir);
  const array = new FlatConfigArray(require(join(dir, config)), { basePath: dir });
  array.normalizeSync();
  const linter = new Linter({ configType: 'flat', cwd: dir });
  const files = listFiles(dir, (path) => SOURCE.test(path) && !array.isFileIgnored(path) && array.getConfig(path) !== undefined);
  let messages = 0;
  for (const file of files) messages += linter.verify(readFileSync(file, 'utf8'), array, file).length;
  process.stdout.write(`${files.length} files, ${messages} messages\n`);
}

main();
