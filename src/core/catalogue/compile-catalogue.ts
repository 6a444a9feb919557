import { getKnownSingular, splitIdentifier } from '../classify/split-words';
import type {
  Catalogue,
  Category,
  CategorySpec,
  CustomCategorySpec,
  NamePattern,
  NamePatternSpec,
  Vocabulary,
  VocabularySpec,
} from './types';
import { isValidatorId, type ValidatorId } from '../validators';

export class CatalogueError extends Error {}

/** Compiles the catalogue's data into lookup tables; throws a CatalogueError on data the schema cannot catch. */
export function compileCatalogue(specs: readonly CategorySpec[], vocabularySpec: VocabularySpec): Catalogue {
  const vocabulary = compileVocabulary(vocabularySpec);
  const categories = new Map<string, Category>();
  const patterns: NamePattern[] = [];
  for (const spec of specs) {
    if (categories.has(spec.id)) throw new CatalogueError(`category ${spec.id} is defined twice`);
    const category = compileCategory(spec);
    categories.set(spec.id, category);
    for (const nameSpec of spec.names ?? []) patterns.push(...compilePatterns(nameSpec, category, vocabulary));
  }
  for (const id of categories.keys()) {
    const parent = getParentId(id);
    if (parent !== undefined && !categories.has(parent)) {
      throw new CatalogueError(`category ${id} has no parent category ${parent} in the catalogue`);
    }
  }
  return assemble(categories, patterns, vocabulary);
}

/** A new catalogue with a manifest's custom categories and extra names merged in. */
export function extendCatalogue(base: Catalogue, custom: Readonly<Record<string, CustomCategorySpec>>): Catalogue {
  const categories = new Map(base.categories);
  const patterns: NamePattern[] = [...base.patternsByFirstWord.values()].flat();
  for (const [id, spec] of Object.entries(custom)) {
    let category = categories.get(id);
    if (category === undefined) {
      category = {
        id,
        label: spec.label ?? id,
        sensitivity: spec.sensitivity ?? 'medium',
        laws: [],
        validators: [],
        neutral: new Set(),
        unless: new Set(),
        examples: { names: { match: [], no_match: [] }, values: { match: [], no_match: [] } },
        custom: true,
      };
      categories.set(id, category);
    }
    for (const name of spec.names ?? []) {
      const words = splitIdentifier(name);
      if (words.length > 0) patterns.push({ category, words, needs: null, unless: new Set() });
    }
  }
  return assemble(categories, patterns, base.vocabulary);
}

export function getParentId(id: string): string | undefined {
  const dot = id.lastIndexOf('.');
  return dot === -1 ? undefined : id.slice(0, dot);
}

function assemble(categories: Map<string, Category>, patterns: NamePattern[], vocabulary: Vocabulary): Catalogue {
  const knownWords = new Set<string>();
  for (const pattern of patterns) {
    for (const word of pattern.words) knownWords.add(word);
    for (const word of pattern.needs ?? []) knownWords.add(word);
  }
  for (const category of categories.values()) for (const word of category.neutral) knownWords.add(word);
  for (const list of Object.values(vocabulary)) for (const entry of list as ReadonlySet<string>) for (const word of entry.split(' ')) knownWords.add(word);
  // Names are matched in singular form, so patterns are stored in it too (`payment details`).
  const patternsByFirstWord = new Map<string, NamePattern[]>();
  for (const pattern of patterns) {
    const words = pattern.words.map((word) => getKnownSingular(word, knownWords) ?? word);
    const list = patternsByFirstWord.get(words[0]) ?? [];
    list.push({ ...pattern, words });
    patternsByFirstWord.set(words[0], list);
  }
  return { categories, patternsByFirstWord, vocabulary, knownWords };
}

function compileVocabulary(spec: VocabularySpec): Vocabulary {
  return {
    neutral: new Set(spec.neutral),
    metadata: new Set(spec.metadata),
    verbPrefixes: new Set(spec.verb_prefixes),
    person: new Set(spec.person),
    nonPerson: new Set(spec.non_person),
    containers: new Set(spec.containers),
    fieldState: new Set(spec.field_state),
    safeForms: new Set(spec.safe_forms),
    genericValues: new Set(spec.generic_values),
  };
}

function compileCategory(spec: CategorySpec): Category {
  const validators = toValidatorIds(spec.validator === undefined ? [] : ([] as ValidatorId[]).concat(spec.validator), spec.id);
  if (spec.context_validator !== undefined) toValidatorIds([spec.context_validator], spec.id);
  return {
    id: spec.id,
    label: spec.label,
    sensitivity: spec.sensitivity,
    laws: spec.laws,
    validators,
    contextValidator: spec.context_validator,
    contextPattern: spec.context_pattern === undefined ? undefined : new RegExp(spec.context_pattern),
    neutral: new Set(spec.neutral ?? []),
    unless: new Set(spec.unless ?? []),
    examples: {
      names: { match: spec.examples?.names?.match ?? [], no_match: spec.examples?.names?.no_match ?? [] },
      values: { match: spec.examples?.values?.match ?? [], no_match: spec.examples?.values?.no_match ?? [] },
    },
    custom: false,
  };
}

function toValidatorIds(ids: readonly string[], categoryId: string): ValidatorId[] {
  for (const id of ids) {
    if (!isValidatorId(id)) throw new CatalogueError(`category ${categoryId} names unknown validator ${id}`);
  }
  return ids as ValidatorId[];
}

function compilePatterns(spec: string | NamePatternSpec, category: Category, vocabulary: Vocabulary): NamePattern[] {
  const { words, needs, unless } = typeof spec === 'string' ? { words: spec, needs: undefined, unless: undefined } : spec;
  const needSet = needs === undefined ? null : needs === 'person' ? vocabulary.person : new Set(needs);
  const unlessSet = new Set([...(unless ?? []), ...category.unless]);
  return expandAlternatives(words).map((sequence) => ({ category, words: sequence, needs: needSet, unless: unlessSet }));
}

/** `father|mother first|last? name` stands for every sequence it spells: `father name`, `mother first name`… */
export function expandAlternatives(pattern: string): string[][] {
  let sequences: string[][] = [[]];
  for (const token of pattern.split(' ')) {
    const optional = token.endsWith('?');
    const choices = (optional ? token.slice(0, -1) : token).split('|');
    const next: string[][] = [];
    for (const sequence of sequences) {
      if (optional) next.push(sequence);
      for (const choice of choices) next.push([...sequence, choice]);
    }
    sequences = next;
  }
  return sequences.filter((sequence) => sequence.length > 0);
}
