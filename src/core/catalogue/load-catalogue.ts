import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compileCatalogue } from './compile-catalogue';
import type { Catalogue, CategorySpec, VocabularySpec } from './types';

/** `rules/` of the installed package; the same depth from src/ (tests) and dist/ (the build). */
export const RULES_DIR = resolve(__dirname, '../../../rules');

export interface CatalogueSources {
  categories: CategorySpec[];
  vocabulary: VocabularySpec;
  /** Which file each category came from, for error messages and tests. */
  files: Map<string, string>;
}

export function readCatalogueSources(rulesDir: string = RULES_DIR): CatalogueSources {
  const categoriesDir = join(rulesDir, 'categories');
  const categories: CategorySpec[] = [];
  const files = new Map<string, string>();
  for (const file of readdirSync(categoriesDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(categoriesDir, file);
    const specs = parse(readFileSync(path, 'utf8')) as CategorySpec[];
    for (const spec of specs) {
      categories.push(spec);
      files.set(spec.id, path);
    }
  }
  const vocabulary = parse(readFileSync(join(rulesDir, 'vocabulary.yaml'), 'utf8')) as VocabularySpec;
  return { categories, vocabulary, files };
}

let cached: Catalogue | undefined;

/** The built-in catalogue, read and compiled once per process. */
export function getBuiltinCatalogue(): Catalogue {
  if (cached === undefined) {
    const { categories, vocabulary } = readCatalogueSources();
    cached = compileCatalogue(categories, vocabulary);
  }
  return cached;
}
