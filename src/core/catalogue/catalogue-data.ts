import type { Catalogue, Category, NamePattern, Vocabulary } from './types';

/**
 * The compiled catalogue as JSON. `npm run build` stores the built-in one in dist/catalogue.json:
 * compiling its 1,300 patterns cost every run and every ESLint process 25 ms of CPU at start.
 * Patterns name their category and their veto words by index, since most share them.
 */
export interface CatalogueData {
  categories: CategoryData[];
  /** Lists of veto words that patterns share. */
  unlessLists: string[][];
  /** Every pattern, in the order of the compiled catalogue's `patternsByFirstWord`. */
  patterns: PatternData[];
  vocabulary: Record<keyof Vocabulary, string[]>;
  knownWords: string[];
}

interface CategoryData extends Omit<Category, 'contextPattern' | 'neutral' | 'unless'> {
  contextPattern?: string;
  neutral: string[];
  unless: string[];
}

/**
 * [category index, words, needed words, index in `unlessLists`]. Needed words `person` are the
 * vocabulary's person words: the compiled pattern shares that set.
 */
type PatternData = [number, readonly string[], string[] | 'person' | null, number];

export function toCatalogueData(catalogue: Catalogue): CatalogueData {
  const { vocabulary } = catalogue;
  const categoryIds = [...catalogue.categories.keys()];
  const unlessLists: string[][] = [];
  const unlessIndex = new Map<string, number>();
  const patterns: PatternData[] = [];
  for (const list of catalogue.patternsByFirstWord.values()) {
    for (const pattern of list) {
      const unless = [...pattern.unless];
      const key = unless.join(' ');
      if (!unlessIndex.has(key)) {
        unlessIndex.set(key, unlessLists.length);
        unlessLists.push(unless);
      }
      const needs = pattern.needs === null ? null : pattern.needs === vocabulary.person ? 'person' : [...pattern.needs];
      patterns.push([categoryIds.indexOf(pattern.category.id), pattern.words, needs, unlessIndex.get(key)!]);
    }
  }
  return {
    categories: [...catalogue.categories.values()].map((category) => ({
      ...category,
      contextPattern: category.contextPattern?.source,
      neutral: [...category.neutral],
      unless: [...category.unless],
    })),
    unlessLists,
    patterns,
    vocabulary: Object.fromEntries(Object.entries(vocabulary).map(([key, words]) => [key, [...(words as ReadonlySet<string>)]])) as CatalogueData['vocabulary'],
    knownWords: [...catalogue.knownWords],
  };
}

export function fromCatalogueData(data: CatalogueData): Catalogue {
  const vocabulary = Object.fromEntries(Object.entries(data.vocabulary).map(([key, words]) => [key, new Set(words)])) as unknown as Vocabulary;
  const categories = new Map<string, Category>();
  const categoryList: Category[] = [];
  for (const { contextPattern, neutral, unless, ...rest } of data.categories) {
    const category = { ...rest, contextPattern: contextPattern === undefined ? undefined : new RegExp(contextPattern), neutral: new Set(neutral), unless: new Set(unless) };
    categories.set(category.id, category);
    categoryList.push(category);
  }
  const unlessSets = data.unlessLists.map((words) => new Set(words));
  const patternsByFirstWord = new Map<string, NamePattern[]>();
  for (const [category, words, needs, unless] of data.patterns) {
    const list = patternsByFirstWord.get(words[0]) ?? [];
    list.push({ category: categoryList[category], words, needs: needs === null ? null : needs === 'person' ? vocabulary.person : new Set(needs), unless: unlessSets[unless] });
    patternsByFirstWord.set(words[0], list);
  }
  return { categories, patternsByFirstWord, vocabulary, knownWords: new Set(data.knownWords) };
}
