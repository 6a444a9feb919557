import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import type { CatalogueData } from './catalogue-data';

/** `rules/` of the installed package. */
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');

/** The YAML of rules/ compiled to JSON by `npm run build` (scripts/compile-rules.js): parsing YAML costs half a second per run. */
const COMPILED_RULES = join(PACKAGE_ROOT, 'dist', 'rules.json');
/** The name catalogue compiled from them, by the same script (see catalogue-data.ts). */
const COMPILED_CATALOGUE = join(PACKAGE_ROOT, 'dist', 'catalogue.json');

export interface RuleFiles {
  /** Category files by path, in name order. */
  categories: Array<{ file: string; data: unknown }>;
  vocabulary: unknown;
  sinks: unknown;
  sources: unknown;
}

export function listRuleFiles(rulesDir: string): string[] {
  const categoriesDir = join(rulesDir, 'categories');
  return [
    ...readdirSync(categoriesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(categoriesDir, f)),
    join(rulesDir, 'vocabulary.yaml'),
    join(rulesDir, 'sinks.yaml'),
    join(rulesDir, 'sources.yaml'),
  ];
}

/** Reads rules/, from the compiled JSON when it is newer than every YAML file. */
export function readRuleFiles(rulesDir: string = RULES_DIR): RuleFiles {
  if (rulesDir === RULES_DIR) {
    const compiled = readCompiled<RuleFiles>(COMPILED_RULES);
    if (compiled !== undefined) return compiled;
  }
  return parseRuleFiles(listRuleFiles(rulesDir));
}

/** The built-in catalogue as `npm run build` compiled it; undefined when rules/ changed since. */
export function readCompiledCatalogue(): CatalogueData | undefined {
  return readCompiled<CatalogueData>(COMPILED_CATALOGUE);
}

function readCompiled<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  return statSync(path).mtimeMs >= getNewestRuleFileTime() ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** When rules/ last changed: looked up once per process for both compiled files. */
let newestRuleFileTime: number | undefined;

function getNewestRuleFileTime(): number {
  newestRuleFileTime ??= Math.max(...listRuleFiles(RULES_DIR).map((file) => statSync(file).mtimeMs));
  return newestRuleFileTime;
}

export function parseRuleFiles(files: readonly string[]): RuleFiles {
  // Loaded only when the YAML must be parsed, to keep the fast path free of it.
  const { parse } = require('yaml') as typeof import('yaml');
  const read = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;
  const byName = (name: string) => files.find((f) => f.endsWith(`${name}.yaml`) && !f.includes(`categories`))!;
  return {
    categories: files.filter((f) => f.includes(join('rules', 'categories')) || /categories[\\/]/.test(f)).map((file) => ({ file, data: read(file) })),
    vocabulary: read(byName('vocabulary')),
    sinks: read(byName('sinks')),
    sources: read(byName('sources')),
  };
}
