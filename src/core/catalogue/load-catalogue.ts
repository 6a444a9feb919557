import { fromCatalogueData } from './catalogue-data';
import { compileCatalogue } from './compile-catalogue';
import { readCompiledCatalogue, readRuleFiles, RULES_DIR } from './read-rules';
import type { Catalogue, CategorySpec, VocabularySpec } from './types';

export { RULES_DIR };

export interface CatalogueSources {
  categories: CategorySpec[];
  vocabulary: VocabularySpec;
  /** Which file each category came from, for error messages and tests. */
  files: Map<string, string>;
}

export function readCatalogueSources(rulesDir: string = RULES_DIR): CatalogueSources {
  const rules = readRuleFiles(rulesDir);
  const categories: CategorySpec[] = [];
  const files = new Map<string, string>();
  for (const { file, data } of rules.categories) {
    for (const spec of data as CategorySpec[]) {
      categories.push(spec);
      files.set(spec.id, file);
    }
  }
  return { categories, vocabulary: rules.vocabulary as VocabularySpec, files };
}

let cached: Catalogue | undefined;

/** The built-in catalogue, once per process: as `npm run build` compiled it, or compiled from rules/ when they changed since. */
export function getBuiltinCatalogue(): Catalogue {
  if (cached === undefined) {
    const compiled = readCompiledCatalogue();
    if (compiled !== undefined) {
      cached = fromCatalogueData(compiled);
    } else {
      const { categories, vocabulary } = readCatalogueSources();
      cached = compileCatalogue(categories, vocabulary);
    }
  }
  return cached;
}
