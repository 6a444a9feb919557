import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisInput, AnalysisOutput } from '../../src/analysis/analyze';
import { ManifestError } from '../../src/core/manifest/manifest-error';
import { scan, type ScanOptions } from '../../src/scanner/scan';
import { ScanError } from '../../src/scanner/scan-error';
import { JS_ONLY_PROJECT, makeProject, PLAIN_JS, PLAIN_TS, TS_PROJECT } from './support/temp-project';

// The engine is replaced so these tests see exactly what the scanner hands it, whatever it finds.
const calls: AnalysisInput[] = [];
jest.mock('../../src/analysis/analyze', () => ({
  analyze: (input: AnalysisInput): AnalysisOutput => {
    calls.push(input);
    return { findings: [], skippedFiles: [] };
  },
}));

function runScan(dir: string, options: Partial<ScanOptions> & { paths?: string[] } = {}) {
  calls.length = 0;
  const outcome = scan({
    include: [],
    exclude: [],
    isTyped: false,
    getDisplayPath: (file) => file,
    ...options,
    paths: (options.paths ?? ['.']).map((path) => join(dir, path)),
  });
  expect(calls).toHaveLength(1);
  const [input] = calls;
  const analysed = input.sourceFiles.map((file) => file.fileName.slice(dir.length + 1)).sort();
  return { ...outcome, input, analysed };
}

describe('scan: which files are analysed', () => {
  it('walks a JS-only tree: every JS/TS extension, never node_modules, build output, .git or declarations', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    const { analysed, result, details } = runScan(dir);
    expect(analysed).toEqual(['lib/cjs.cjs', 'lib/esm.mjs', 'src/math.js', 'src/web/page.jsx']);
    expect(result.stats.files).toBe(4);
    expect(details.tsconfigs).toEqual([]);
    expect(details.walkedPaths).toEqual([dir]);
  });

  it('scans a build-output folder when it is the PATH itself', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    expect(runScan(dir, { paths: ['dist'] }).analysed).toEqual(['dist/math.js']);
  });

  it('takes the files of the nearest tsconfig, restricted to the PATHs', () => {
    const dir = makeProject(TS_PROJECT);
    expect(runScan(dir, { paths: ['src'] }).analysed).toEqual(['src/index.ts', 'src/math.ts']);
    expect(runScan(dir, { paths: ['src/math.ts'] }).analysed).toEqual(['src/math.ts']);
  });

  it('walks a PATH for the files its nearest tsconfig leaves out (a server.js beside a Vite app), but never past --project', () => {
    const dir = makeProject({ ...TS_PROJECT, 'server.js': PLAIN_JS, 'dist/server.js': PLAIN_JS, 'types/env.d.ts': 'declare const x: number;\n' });
    const { analysed, details } = runScan(dir);
    expect(analysed).toEqual(['scripts/seed.ts', 'server.js', 'src/index.ts', 'src/math.ts']);
    expect(details.outsideTsconfig).toBe(2);
    expect(details.walkedPaths).toEqual([]);
    expect(runScan(dir, { tsconfig: join(dir, 'tsconfig.json') }).analysed).toEqual(['src/index.ts', 'src/math.ts']);
    expect(runScan(dir, { include: ['server.js'] }).analysed).toEqual(['server.js']);
  });

  it('finds the tsconfig above a PATH inside the project', () => {
    const dir = makeProject(TS_PROJECT);
    const { analysed, details } = runScan(dir, { paths: ['src'] });
    expect(analysed).toEqual(['src/index.ts', 'src/math.ts']);
    expect(details.tsconfigs).toEqual([join(dir, 'tsconfig.json')]);
  });

  it('scans a file named on the command line even when the tsconfig leaves it out', () => {
    const dir = makeProject(TS_PROJECT);
    expect(runScan(dir, { paths: ['scripts/seed.ts'] }).analysed).toEqual(['scripts/seed.ts']);
  });

  it('walks a folder that the nearest tsconfig does not cover (a JS-only folder in a TS repo)', () => {
    const dir = makeProject({ ...TS_PROJECT, 'tools/run.js': PLAIN_JS });
    const { analysed, details } = runScan(dir, { paths: ['tools'] });
    expect(analysed).toEqual(['tools/run.js']);
    expect(details.walkedPaths).toEqual([join(dir, 'tools')]);
  });

  it('follows project references, transitively (solution-style monorepo root)', () => {
    const dir = makeProject({
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './packages/api' }] }),
      'packages/api/tsconfig.json': JSON.stringify({ compilerOptions: { composite: true }, include: ['src'], references: [{ path: '../shared/tsconfig.json' }] }),
      'packages/api/src/server.ts': "import { add } from '../../shared/src/math';\nexport const n = add(1, 2);\n",
      'packages/shared/tsconfig.json': JSON.stringify({ compilerOptions: { composite: true }, include: ['src'] }),
      'packages/shared/src/math.ts': PLAIN_TS,
      'packages/unreferenced/src/other.ts': PLAIN_TS,
    });
    const { analysed, details } = runScan(dir);
    // The package no reference reaches is still the team's code: walked, as no tsconfig lists it.
    expect(analysed).toEqual(['packages/api/src/server.ts', 'packages/shared/src/math.ts', 'packages/unreferenced/src/other.ts']);
    expect(details.outsideTsconfig).toBe(1);
    expect(details.tsconfigs.map((file) => file.slice(dir.length + 1))).toEqual([
      'tsconfig.json',
      'packages/api/tsconfig.json',
      'packages/shared/tsconfig.json',
    ]);
  });

  it('uses --project instead of the nearest tsconfig', () => {
    const dir = makeProject({ ...TS_PROJECT, 'tsconfig.scripts.json': JSON.stringify({ include: ['scripts'] }) });
    expect(runScan(dir, { tsconfig: join(dir, 'tsconfig.scripts.json') }).analysed).toEqual(['scripts/seed.ts']);
  });

  it('applies --include and --exclude to paths relative to the root', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    expect(runScan(dir, { include: ['src/**'] }).analysed).toEqual(['src/math.js', 'src/web/page.jsx']);
    expect(runScan(dir, { include: ['src/**'], exclude: ['**/*.jsx'] }).analysed).toEqual(['src/math.js']);
    expect(runScan(dir, { exclude: ['lib/**', 'src/web/**'] }).analysed).toEqual(['src/math.js']);
    expect(runScan(dir, { include: ['src/**', 'lib/esm.mjs'] }).analysed).toEqual(['lib/esm.mjs', 'src/math.js', 'src/web/page.jsx']);
  });

  it("leaves out the manifest's ignore globs, relative to the manifest's directory", () => {
    const dir = makeProject({ ...JS_ONLY_PROJECT, 'minimise.yaml': 'version: 1\npurposes: {}\nignore: ["lib/**"]\n' });
    const { analysed, result } = runScan(dir, { paths: ['src'] });
    expect(analysed).toEqual(['src/math.js', 'src/web/page.jsx']);
    expect(runScan(dir).analysed).toEqual(['src/math.js', 'src/web/page.jsx']);
    expect(result.root).toBe(dir);
  });

  it('warns when nothing is left to analyse', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    const { result } = runScan(dir, { include: ['nothing/**'] });
    expect(result.stats.files).toBe(0);
    expect(result.notifications).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('no TypeScript or JavaScript file') })]);
  });
});

describe('scan: what the engine gets', () => {
  it('gives the type checker in typed mode, none with --no-types', () => {
    const dir = makeProject(TS_PROJECT);
    const typed = runScan(dir, { isTyped: true }).input;
    expect(typed.checker).toBeDefined();
    // The checker resolves across files: `three` has the return type of add() in math.ts.
    const index = typed.sourceFiles.find((file) => file.fileName.endsWith('index.ts'))!;
    const statement = index.statements[1];
    if (!typed.ts.isVariableStatement(statement)) throw new Error('expected `export const three = …`');
    const three = statement.declarationList.declarations[0].name;
    expect(typed.checker!.typeToString(typed.checker!.getTypeAtLocation(three))).toBe('number');
    expect(runScan(dir, { isTyped: false }).input.checker).toBeUndefined();
  });

  it("passes ts-morph's TypeScript, whose SyntaxKind matches the nodes", () => {
    const dir = makeProject(TS_PROJECT);
    const { input } = runScan(dir);
    const [file] = input.sourceFiles;
    expect(input.ts.isSourceFile(file)).toBe(true);
    expect(file.statements[0].kind).toBe(input.ts.SyntaxKind.ImportDeclaration);
  });

  it("roots paths at the manifest's directory, else at the first PATH", () => {
    const dir = makeProject({ 'minimise.yaml': 'version: 1\npurposes: {}\n', 'app/src/a.js': PLAIN_JS });
    const withManifest = runScan(dir, { paths: ['app/src'] });
    expect(withManifest.input.root).toBe(dir);
    expect(withManifest.result.manifest).toEqual({ file: 'minimise.yaml', purposes: [] });

    const bare = makeProject({ 'app/src/a.js': PLAIN_JS });
    expect(runScan(bare, { paths: ['app/src'] }).input.root).toBe(join(bare, 'app/src'));
    expect(runScan(bare, { paths: ['app/src/a.js'] }).result.root).toBe(join(bare, 'app/src'));
  });

  it('lists the purposes in manifest order', () => {
    const dir = makeProject({
      'minimise.yaml': 'version: 1\npurposes:\n  support:\n    data: [user.contact.email]\n    actions: [log]\n  kyc:\n    data: [user.name]\n    actions: [collect]\n',
      'a.js': PLAIN_JS,
    });
    expect(runScan(dir).result.manifest).toEqual({ file: 'minimise.yaml', purposes: ['support', 'kyc'] });
  });

  it('uses --manifest over the one found', () => {
    const dir = makeProject({ 'minimise.yaml': 'version: 1\npurposes: {}\n', 'config/other.yaml': 'version: 1\npurposes:\n  x:\n    data: [user.name]\n    actions: [log]\n', 'a.js': PLAIN_JS });
    const { result } = runScan(dir, { manifest: join(dir, 'config/other.yaml') });
    expect(result.manifest).toEqual({ file: 'other.yaml', purposes: ['x'] });
    expect(result.root).toBe(join(dir, 'config'));
  });
});

describe('scan: files that do not parse and bad configuration', () => {
  it('reports a file that does not parse as a warning with its place, does not analyse it, and goes on', () => {
    const dir = makeProject({ 'src/ok.js': PLAIN_JS, 'src/broken.js': 'function f() {\n  const x = ;\n}\n', 'src/broken2.ts': 'let a: = 1;\nlet b = (;\n' });
    const { analysed, result } = runScan(dir);
    expect(analysed).toEqual(['src/ok.js']);
    expect(result.stats.files).toBe(1);
    expect(result.notifications).toEqual([
      {
        level: 'warning',
        message: 'not analysed: the file does not parse (Expression expected)',
        location: { file: 'src/broken.js', line: 2, column: 13, endLine: 2, endColumn: 14 },
      },
      {
        level: 'warning',
        message: 'not analysed: the file does not parse (Type expected, and 1 more syntax error)',
        location: { file: 'src/broken2.ts', line: 1, column: 8, endLine: 1, endColumn: 9 },
      },
    ]);
  });

  it('stops with a ScanError naming file:line:col when a tsconfig is not JSON', () => {
    const dir = makeProject({ 'tsconfig.json': '{ "include": ["src"], }\n x', 'src/a.ts': PLAIN_TS });
    expect(() => runScan(dir)).toThrow(ScanError);
    expect(() => runScan(dir)).toThrow(/tsconfig\.json:2:2: /);
  });

  it('accepts a TS 5 tsconfig whose options TS 6 deprecates: nothing is compiled', () => {
    const dir = makeProject({
      'tsconfig.json': JSON.stringify({ compilerOptions: { moduleResolution: 'node', baseUrl: '.', target: 'es5', outFile: 'x.js' }, include: ['src'] }),
      'src/a.ts': PLAIN_TS,
    });
    expect(runScan(dir, { isTyped: true }).analysed).toEqual(['src/a.ts']);
  });

  it('lets a bad manifest through as the ManifestError it is', () => {
    const dir = makeProject({ 'minimise.yaml': 'version: 1\npurposes:\n  kyc:\n    data: [user.nmae]\n    actions: [log]\n', 'a.js': PLAIN_JS });
    expect(() => runScan(dir)).toThrow(ManifestError);
  });

  it('never runs the code it scans', () => {
    const marker = join(makeProject({}), 'ran');
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x');\nmodule.exports = {};\n`;
    const dir = makeProject({ 'index.js': code, 'index.ts': `import './index.js';\n${code}`, 'package.json': '{"main": "index.js"}' });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowJs: true }, include: ['*'] }));
    runScan(dir, { isTyped: true });
    expect(existsSync(marker)).toBe(false);
  });
});
