import type { ValidatorId } from '../validators';

export const SENSITIVITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** A name pattern as written in `rules/categories/*.yaml`. */
export interface NamePatternSpec {
  /** Space-separated lower-case words, matched against an identifier's split words. */
  words: string;
  /** Words one of which must stand before the match in the name or in the enclosing object's name; `person` means the vocabulary's person words. */
  needs?: string[] | 'person';
  /** Words that veto the match when they stand before it in the name or in the enclosing object's name. */
  unless?: string[];
}

export interface ExampleSpec {
  match?: string[];
  no_match?: string[];
}

export interface CategorySpec {
  id: string;
  label: string;
  sensitivity: Sensitivity;
  laws: string[];
  names?: Array<string | NamePatternSpec>;
  neutral?: string[];
  unless?: string[];
  validator?: ValidatorId | ValidatorId[];
  context_validator?: ValidatorId;
  context_pattern?: string;
  examples?: { names?: ExampleSpec; values?: ExampleSpec };
}

export interface VocabularySpec {
  neutral: string[];
  metadata: string[];
  verb_prefixes: string[];
  person: string[];
  non_person: string[];
  containers: string[];
  field_state: string[];
  safe_forms: string[];
  generic_values: string[];
}

export interface Category {
  id: string;
  label: string;
  sensitivity: Sensitivity;
  laws: readonly string[];
  /** Validators that classify a value on their own. */
  validators: readonly ValidatorId[];
  /** A shape check that applies only when a name or context already points at this category. */
  contextValidator?: ValidatorId;
  contextPattern?: RegExp;
  neutral: ReadonlySet<string>;
  unless: ReadonlySet<string>;
  examples: { names: Required<ExampleSpec>; values: Required<ExampleSpec> };
  /** true for categories a manifest adds. */
  custom: boolean;
}

export interface NamePattern {
  category: Category;
  words: readonly string[];
  needs: ReadonlySet<string> | null;
  unless: ReadonlySet<string>;
}

export interface Vocabulary {
  neutral: ReadonlySet<string>;
  metadata: ReadonlySet<string>;
  verbPrefixes: ReadonlySet<string>;
  person: ReadonlySet<string>;
  nonPerson: ReadonlySet<string>;
  /** Words of an enclosing object's name that say what holds the data, not whose it is (`KycEntity`, `signupForm`). */
  containers: ReadonlySet<string>;
  /** Enclosing objects whose values describe fields (`errors`, `labels`, `touched`). */
  fieldState: ReadonlySet<string>;
  safeForms: ReadonlySet<string>;
  /** Word sequences, joined by spaces, that name only "the value" and so take the enclosing object's category. */
  genericValues: ReadonlySet<string>;
}

/** The catalogue compiled into lookup tables; immutable once built. */
export interface Catalogue {
  categories: ReadonlyMap<string, Category>;
  /** Every pattern, keyed by its first word. */
  patternsByFirstWord: ReadonlyMap<string, readonly NamePattern[]>;
  vocabulary: Vocabulary;
  /** Every word the classifier knows; an unknown word is split into known ones when it can be. */
  knownWords: ReadonlySet<string>;
}

/** A manifest's `categories` entry: a new category or extra names for a built-in one. */
export interface CustomCategorySpec {
  names?: string[];
  sensitivity?: Sensitivity;
  label?: string;
}
