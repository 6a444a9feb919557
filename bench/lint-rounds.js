'use strict';
// Lints one tree several times in one process with ESLint's own API, as an editor's ESLint server
// does over a session: the first round runs cold, later ones on code V8 has already optimised.
//   node bench/lint-rounds.js DIR CONFIG ROUNDS
// prints each round's CPU and wall time. Measured by hand, under valgrind (bench/RESULTS.md):
// the instructions of ROUNDS=8 minus those of ROUNDS=4, over 4, are one warm round's.
const { join, resolve } = require('node:path');
const { ESLint } = require('eslint');

async function main() {
  const [dir, config, rounds] = process.argv.slice(2);
  if (dir === undefined || config === undefined || !(Number(rounds) > 0)) {
    process.stderr.write('usage: node bench/lint-rounds.js DIR CONFIG ROUNDS\n');
    process.exit(2);
  }
  const cwd = resolve(dir);
  const eslint = new ESLint({ cwd, overrideConfigFile: join(cwd, config) });
  for (let round = 0; round < Number(rounds); round++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const results = await eslint.lintFiles(['.']);
    const used = process.cpuUsage(cpu);
    const messages = results.reduce((sum, result) => sum + result.messages.length, 0);
    process.stdout.write(`round ${round + 1}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${(performance.now() - start).toFixed(0)} ms wall, ${results.length} files, ${messages} messages\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
