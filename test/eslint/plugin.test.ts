import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as analysis from '../../src/analysis/analyze';
import { RULES, RULE_NAMES } from '../../src/core/rules';
import plugin from '../../src/eslint';
import { clearManifestCache } from '../../src/eslint/manifest-cache';
import { getFindingData } from '../../src/eslint/report';
import { COMMON_MESSAGES, createRule, SUGGESTION_MESSAGES } from '../../src/eslint/create-rule';
import type { Finding } from '../../src/core/findings';
import { getTypeScript, hasSyntaxErrors, parseSourceFile } from '../../src/eslint/typescript';
import { tsParser } from './support/modules';
import { lines } from './support/cases';
import { REPO } from './support/fixtures';

const ALL_ON = { plugins: { minimise: plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`minimise/${name}`, 'error'])) } as unknown as Linter.Config;
const JS = { files: ['**/*.js'] };

describe('the plugin object', () => {
  it('has a rule for every SPEC §4 rule a single file can decide', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(RULE_NAMES.filter((name) => !RULES[name].scannerOnly).sort());
  });

  it.each(Object.entries(plugin.rules))('%s: metadata from the core rule table', (name, rule) => {
    const core = RULES[name as keyof typeof RULES];
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.docs).toEqual({
      description: core.description,
      recommended: 'recommended',
      requiresTypeChecking: false,
      seesTypedRecords: !['no-undeclared-collection', 'no-hardcoded-pii'].includes(name),
      defaultLevel: core.level,
      url: `https://github.com/minimise-scan/minimise-scan/blob/main/docs/rules/${name}.md`,
    });
    expect(rule.meta.schema).toEqual([]);
    expect(rule.meta.defaultOptions).toEqual([]);
    expect(Object.keys(rule.meta.messages)).toEqual(expect.arrayContaining(['manifestError', 'finding']));
    // Suggestions wrap data in a mask: for what leaves the code (logs, requests, responses), not for what is stored.
    expect(rule.meta.hasSuggestions === true).toBe(['no-undeclared-logging', 'no-undeclared-transmission', 'no-undeclared-exposure', 'no-restricted-data'].includes(name));
  });

  it("leaves each rule's own messages at most one placeholder to read back from the engine's text", () => {
    // The rest is the finding's own data; report.ts reads the one open placeholder (a reason, a restriction) out of the message.
    const data = new Set(Object.keys(getFindingData({ location: {} } as Finding)));
    const shared = new Set([...Object.keys(COMMON_MESSAGES), ...Object.keys(SUGGESTION_MESSAGES)]);
    for (const rule of Object.values(plugin.rules)) {
      for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
        if (shared.has(id)) continue;
        const open = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).filter((name) => !data.has(name));
        expect({ id, open: open.length <= 1 }).toEqual({ id, open: true });
      }
    }
  });

  it('generates recommended, strict and recommended-type-checked from rule metadata', () => {
    const levels = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`minimise/${name}`, RULES[name as keyof typeof RULES].level === 'error' ? 'error' : 'warn']));
    expect(plugin.configs.recommended).toEqual({ name: 'minimise/recommended', plugins: { minimise: plugin }, rules: levels });
    expect(plugin.configs.strict.rules).toEqual(Object.fromEntries(Object.keys(levels).map((name) => [name, 'error'])));
    expect(plugin.configs['recommended-type-checked']).toEqual({
      name: 'minimise/recommended-type-checked',
      plugins: { minimise: plugin },
      rules: levels,
      languageOptions: { parserOptions: { projectService: true } },
    });
    expect(levels).toMatchObject({ 'minimise/no-undeclared-collection': 'warn', 'minimise/no-undeclared-exposure': 'warn', 'minimise/no-hardcoded-pii': 'warn', 'minimise/no-undeclared-logging': 'error' });
  });

  it('is the package export minimise-scan/eslint-plugin, for require() and for import', () => {
    const required = execFileSync(process.execPath, ['-e', "const p = require('minimise-scan/eslint-plugin'); console.log(p.meta.name, Object.keys(p.configs).join(','))"], { cwd: REPO, encoding: 'utf8' });
    expect(required.trim()).toBe('minimise-scan recommended,strict,recommended-type-checked');
    const imported = execFileSync(process.execPath, ['--input-type=module', '-e', "import m from 'minimise-scan/eslint-plugin'; console.log(Object.keys(m.rules).length)"], { cwd: REPO, encoding: 'utf8' });
    expect(imported.trim()).toBe('7');
  });
});

describe('createRule', () => {
  /** A rule that records the options its create gets, linted with `ruleConfig` on two files. */
  function getOptionsSeen(defaultOptions: unknown[], ruleConfig: Linter.RuleEntry): unknown[][] {
    const seen: unknown[][] = [];
    const rule = createRule({
      name: 'options-probe',
      meta: {
        type: 'problem',
        docs: { description: 'records its options', recommended: 'recommended', requiresTypeChecking: false, seesTypedRecords: false, defaultLevel: 'error' },
        messages: { probe: 'probe' },
        schema: [{ type: 'object', properties: { depth: { type: 'number' }, mode: { type: 'string' } }, additionalProperties: false }],
        defaultOptions,
      },
      create: (_context, options) => {
        seen.push(options as unknown[]);
        return {};
      },
    });
    const config = [{ plugins: { probe: { rules: { 'options-probe': rule } } }, rules: { 'probe/options-probe': ruleConfig } }] as unknown as Linter.Config[];
    const linter = new Linter();
    for (const text of ['a;', 'b;']) expect(linter.verify(text, config)).toEqual([]);
    return seen;
  }

  it('gives a rule without options its defaults, the same frozen array for every file', () => {
    const seen = getOptionsSeen([], 'error');
    expect(seen).toEqual([[], []]);
    expect(seen[1]).toBe(seen[0]);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it("merges configured options into the defaults as typescript-eslint's RuleCreator does", () => {
    const seen = getOptionsSeen([{ depth: 1, mode: 'fast' }], ['error', { mode: 'slow' }]);
    expect(seen).toEqual([[{ depth: 1, mode: 'slow' }], [{ depth: 1, mode: 'slow' }]]);
  });
});

describe('per-file analysis', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minimise-eslint-'));
    mkdirSync(join(dir, 'src'));
    clearManifestCache();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  const verify = (code: string, file = 'src/app.js') => new Linter({ cwd: dir }).verify(code, [JS, ALL_ON], join(dir, file));
  const manifest = (yaml: string, mtime: number) => {
    writeFileSync(join(dir, 'minimise.yaml'), yaml);
    utimesSync(join(dir, 'minimise.yaml'), mtime, mtime);
  };
  const logsEmail = lines('export function open(email, pan) {', '  console.log(email, pan);', "  localStorage.setItem('pan', pan);", '}');

  it('runs the engine once per file, whichever rules are on, and each rule reports only its own findings', () => {
    const spy = jest.spyOn(analysis, 'analyze');
    const messages = verify(logsEmail);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual([
      'minimise/no-undeclared-logging 2',
      'minimise/no-undeclared-logging 2',
      'minimise/no-undeclared-storage 3',
    ]);
    verify(logsEmail);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  // The name screen skips files with no name that could classify: a string in a name position is such a name.
  it.each([
    ['an element-access key', lines('export function audit(row) {', "  console.log(row['aadhaar']);", '}'), ['minimise/no-undeclared-logging 2', 'minimise/no-restricted-data 2']],
    ["a getter's first argument", lines('export function read(req) {', "  return req.get('pan');", '}'), ['minimise/no-undeclared-collection 2']],
    ['a destructured key', lines('export function audit(row) {', "  const { 'aadhaar': a } = row;", '  console.log(a);', '}'), ['minimise/no-undeclared-logging 3', 'minimise/no-restricted-data 3']],
    ['a quoted property key', lines('export function send(value) {', "  console.log({ 'aadhaar': value });", '}'), ['minimise/no-undeclared-logging 2', 'minimise/no-restricted-data 2']],
    ['a computed property key', lines('export function send(value) {', "  console.log({ ['aadhaar']: value });", '}'), ['minimise/no-undeclared-logging 2', 'minimise/no-restricted-data 2']],
    ["a form field's JSX name", 'export const Form = () => <input name="aadhaar" />;', ['minimise/no-undeclared-collection 1']],
    ['none: a string that is only a value', lines('export function audit(row) {', "  console.log(row.status, 'aadhaar');", '}'), []],
  ])('follows a file whose only personal-data name is %s', (_where, code, expected) => {
    const file = code.includes('<input') ? 'src/form.jsx' : 'src/app.js';
    const config = { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
    const messages = new Linter({ cwd: dir }).verify(code, [JS, config, ALL_ON], join(dir, file));
    expect(messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual(expected);
  });

  it('without a manifest, every flow is undeclared and paths are named from the working directory', () => {
    expect(verify(logsEmail)[0].message).toBe('E-mail address (user.contact.email) reaches logger console.log; no purpose allows logging it in src/**');
  });

  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('loads the manifest once, and again when its mtime changes', async () => {
    const now = Date.now() / 1000;
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.contact.email]', '    actions: [log]'), now - 100);
    expect(verify(logsEmail).map((m) => m.message.split(';')[0])).toEqual([
      'Permanent Account Number (PAN) (user.government_id.pan) reaches logger console.log',
      'Permanent Account Number (PAN) (user.government_id.pan) reaches store localStorage.setItem',
    ]);
    // Same size and mtime: the cached manifest stays (the file is not read again).
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.government_id]', '    actions: [log]'), now - 100);
    await nextTurn();
    expect(verify(logsEmail)).toHaveLength(2);
    // A new mtime: read again on the next lint.
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.government_id]', '    actions: [log]'), now - 50);
    await nextTurn();
    expect(verify(logsEmail).map((m) => m.message.split(';')[0])).toEqual([
      'E-mail address (user.contact.email) reaches logger console.log',
      'Permanent Account Number (PAN) (user.government_id.pan) reaches store localStorage.setItem',
    ]);
  });

  it('looks at the manifest once for the files linted in one turn of the event loop, as `eslint .` lints them', async () => {
    const now = Date.now() / 1000;
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.contact.email]', '    actions: [log]'), now - 100);
    const flows = (file: string) => verify(logsEmail, file).map((m) => m.message.split(';')[0]);
    const underFirst = ['Permanent Account Number (PAN) (user.government_id.pan) reaches logger console.log', 'Permanent Account Number (PAN) (user.government_id.pan) reaches store localStorage.setItem'];
    expect(flows('src/a.js')).toEqual(underFirst);
    // An edit in the middle of the batch waits for the next turn, as if made just after it.
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.government_id]', '    actions: [log]'), now - 50);
    expect(flows('src/b.js')).toEqual(underFirst);
    await nextTurn();
    expect(flows('src/c.js')).toEqual([
      'E-mail address (user.contact.email) reaches logger console.log',
      'Permanent Account Number (PAN) (user.government_id.pan) reaches store localStorage.setItem',
    ]);
  });

  it('looks at the manifest for every file where the runtime has no setImmediate to end a turn with', () => {
    const now = Date.now() / 1000;
    manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.contact.email]', '    actions: [log]'), now - 100);
    const saved = globalThis.setImmediate;
    try {
      (globalThis as { setImmediate?: unknown }).setImmediate = undefined;
      expect(verify(logsEmail, 'src/a.js').map((m) => m.message.split(';')[0])).toContain('Permanent Account Number (PAN) (user.government_id.pan) reaches logger console.log');
      manifest(lines('version: 1', 'purposes:', '  support:', '    data: [user.government_id]', '    actions: [log]'), now - 50);
      expect(verify(logsEmail, 'src/b.js').map((m) => m.message.split(';')[0])).toContain('E-mail address (user.contact.email) reaches logger console.log');
    } finally {
      globalThis.setImmediate = saved;
    }
  });

  it("leaves out the files the manifest's ignore lists, as the scanner does", () => {
    manifest(lines('version: 1', 'purposes: {}', 'ignore: ["**/*.test.js"]'), Date.now() / 1000);
    expect(verify(logsEmail, 'src/app.test.js')).toEqual([]);
    expect(verify(logsEmail, 'src/app.js')).toHaveLength(3);
  });

  it('reports a bad manifest at 1:1 on one rule only, and nothing else', () => {
    writeFileSync(join(dir, 'minimise.yaml'), lines('version: 1', 'purposes:', '  support:', '    data: [user.contact.email]', '    actions: [shout]'));
    const messages = verify(logsEmail);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'minimise/no-undeclared-collection', messageId: 'manifestError', line: 1, column: 1 })]);
    expect(messages[0].message).toMatch(/^minimise\.yaml:5:\d+: .*shout/);
  });

  it('skips declaration files', () => {
    const declarations = lines("export declare const SAMPLE_PAN = 'ACUPA7085R';");
    const lint = (file: string) => new Linter({ cwd: dir }).verify(declarations, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ALL_ON], join(dir, file));
    expect(lint('src/types.d.ts')).toEqual([]);
    expect(lint('src/types.ts').map((m) => m.ruleId)).toEqual(['minimise/no-hardcoded-pii']);
  });

  it('does not analyse text TypeScript parses only with errors (as the scanner reports such files instead)', () => {
    const ts = getTypeScript();
    expect(hasSyntaxErrors(parseSourceFile(ts, join(dir, 'src/app.js'), 'const = ;'))).toBe(true);
    expect(hasSyntaxErrors(parseSourceFile(ts, join(dir, 'src/app.jsx'), 'export const A = () => <b>{email}</b>;'))).toBe(false);
  });
});
