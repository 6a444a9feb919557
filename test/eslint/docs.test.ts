import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../src/eslint';
import { extractRuleHeader, renderRuleHeader } from '../../src/eslint/docs-header';
import { REPO } from './support/fixtures';
import { tsParser } from './support/modules';

/**
 * docs/rules/<rule>.md: the header is generated from the rule's metadata (run with
 * MINIMISE_UPDATE_DOCS=1 to rewrite it), and every ❌ example is linted and must produce the rule,
 * every ✅ example must not.
 */
const DOCS = join(REPO, 'docs', 'rules');
const UPDATE = process.env.MINIMISE_UPDATE_DOCS === '1';

interface Block {
  lang: string;
  title?: string;
  typed: boolean;
  verdict?: 'incorrect' | 'correct';
  code: string;
  line: number;
}

/** Fenced blocks with their info string (`ts title="src/kyc/x.ts" typed`) and the ❌/✅ heading above them. */
function readBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let verdict: Block['verdict'];
  const text = markdown.split('\n');
  for (let i = 0; i < text.length; i++) {
    const line = text[i];
    if (/^#{2,4} /.test(line)) verdict = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    const fence = /^```(\w+)(.*)$/.exec(line);
    if (fence === null) continue;
    const start = i;
    const code: string[] = [];
    for (i++; i < text.length && text[i] !== '```'; i++) code.push(text[i]);
    const info = fence[2];
    blocks.push({ lang: fence[1], title: /title="([^"]+)"/.exec(info)?.[1], typed: /\btyped\b/.test(info), verdict, code: `${code.join('\n')}\n`, line: start + 1 });
  }
  return blocks;
}

const TS_FILES = ['**/*.ts', '**/*.tsx'];

describe.each(Object.keys(plugin.rules))('docs/rules/%s.md', (name) => {
  const rule = plugin.rules[name as keyof typeof plugin.rules];
  const path = join(DOCS, `${name}.md`);

  it('exists, and its header is the one generated from the rule metadata', () => {
    expect(existsSync(path)).toBe(true);
    const markdown = readFileSync(path, 'utf8');
    const header = renderRuleHeader(name, rule);
    const current = extractRuleHeader(markdown);
    if (UPDATE && current !== header) writeFileSync(path, header + (current === undefined ? `\n\n${markdown}` : markdown.slice(current.length)));
    expect(extractRuleHeader(readFileSync(path, 'utf8'))).toBe(header);
  });

  it('has the sections every rule page has', () => {
    const headings = readFileSync(path, 'utf8').split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(expect.arrayContaining(['## The law', '## Examples', '## Options', '## When not to use it']));
  });

  it('❌ examples produce the rule and ✅ examples do not', async () => {
    const blocks = readBlocks(readFileSync(path, 'utf8'));
    const examples = blocks.filter((b) => b.verdict !== undefined && b.lang !== 'yaml');
    expect(examples.filter((b) => b.verdict === 'incorrect').length).toBeGreaterThan(0);
    expect(examples.filter((b) => b.verdict === 'correct').length).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), `minimise-docs-${name}-`));
    try {
      const manifest = blocks.find((b) => b.title === 'minimise.yaml');
      if (manifest !== undefined) writeFileSync(join(dir, 'minimise.yaml'), manifest.code);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, jsx: 'react-jsx', skipLibCheck: true, noEmit: true, types: [] }, include: ['src/**/*'] }));
      // Every titled file exists on disk, so the project service finds it; context blocks keep their content.
      for (const block of blocks) {
        if (block.title === undefined || block.title === 'minimise.yaml') continue;
        const file = join(dir, block.title);
        mkdirSync(dirname(file), { recursive: true });
        if (block.verdict === undefined || !existsSync(file)) writeFileSync(file, block.code);
      }
      const lint = async (block: Block) => {
        const config: Linter.Config[] = [
          { files: TS_FILES, languageOptions: { parser: tsParser, parserOptions: block.typed ? { projectService: true, tsconfigRootDir: dir } : {} } },
          { files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
          plugin.configs.strict as unknown as Linter.Config,
        ];
        const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config }).lintText(block.code, { filePath: join(dir, block.title ?? `example.${block.lang}`) });
        return result.messages;
      };
      for (const block of examples) {
        const messages = await lint(block);
        const where = `${name}.md:${block.line} (${block.verdict})`;
        expect({ where, fatal: messages.filter((m) => m.ruleId === null).map((m) => m.message) }).toEqual({ where, fatal: [] });
        const own = messages.filter((m) => m.ruleId === `minimise/${name}`).map((m) => `${m.line}:${m.column} ${m.message}`);
        if (block.verdict === 'incorrect') expect({ where, reported: own.length > 0 }).toEqual({ where, reported: true });
        else expect({ where, own }).toEqual({ where, own: [] });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('docs/rules has a page for each rule and nothing else', () => {
  expect(readdirSync(DOCS).sort()).toEqual(Object.keys(plugin.rules).map((name) => `${name}.md`).sort());
});
