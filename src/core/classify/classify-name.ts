import { getCached } from '../cached';
import type { Catalogue, NamePattern } from '../catalogue/types';
import { isDigits, normaliseWords, splitIdentifier } from './split-words';
import type { Classification } from './types';

export interface NameOptions {
  /** The enclosing object's name (`customer` in `customer.name`), which confirms or vetoes ambiguous names. */
  context?: string;
}

interface Candidate {
  pattern: NamePattern;
  start: number;
  end: number;
}

/** `needsContext`: the only objection is a missing confirming word, which an enclosing object's name could give. */
type Verdict = { ok: true; confirmation?: string } | { ok: false; why: string; needsContext?: true };

/** Answers under one enclosing name (or none), by name. */
interface Answers {
  readonly catalogue: Catalogue;
  readonly context: string | undefined;
  readonly byName: Map<string, Classification>;
}

/** What is kept per catalogue: the analysis asks about the same names again and again. */
interface CatalogueCaches {
  readonly answers: Answers;
  readonly answersInContext: Map<string, Answers>;
  /** An identifier's classifier words; the same names come back as names and as contexts. */
  readonly words: Map<string, readonly string[]>;
  readonly facts: Map<string, NameFacts>;
}

const caches = new WeakMap<Catalogue, CatalogueCaches>();

function makeCaches(catalogue: Catalogue): CatalogueCaches {
  return { answers: makeAnswers(undefined, catalogue), answersInContext: new Map(), words: new Map(), facts: new Map() };
}

function makeAnswers(context: string | undefined, catalogue: Catalogue): Answers {
  return { catalogue, context, byName: new Map() };
}

/** Classifies an identifier by its words, the enclosing object's name and the catalogue's patterns. */
export function classifyName(name: string, catalogue: Catalogue, options?: NameOptions): Classification {
  const context = options?.context;
  const { answers, answersInContext } = getCached(caches, catalogue, makeCaches);
  const inContext = context === undefined ? answers : getCached(answersInContext, context, makeAnswers, catalogue);
  return getCached(inContext.byName, name, answerFor, inContext);
}

function answerFor(name: string, answers: Answers): Classification {
  return computeNameClassification(name, answers.catalogue, answers.context);
}

function getWords(identifier: string, catalogue: Catalogue): readonly string[] {
  return getCached(getCached(caches, catalogue, makeCaches).words, identifier, makeWords, catalogue);
}

function makeWords(identifier: string, catalogue: Catalogue): readonly string[] {
  return normaliseWords(splitIdentifier(identifier), catalogue.knownWords);
}

/**
 * Screens the names of a file (identifiers and strings) for whether any of them could classify
 * under some enclosing object's name. When none could, no value of the file carries personal data
 * by name, and the analysis skips the file (without types). Sound by construction: an enclosing
 * object's name can only confirm a pattern that needs a word, or veto one; and a name that says
 * only "the value" (`number`) classifies only through an enclosing name that could classify itself.
 */
export class NameScreen {
  private decided = false;
  private hasGenericValue = false;
  /** Names added before the first generic one, which could be its enclosing object. */
  private readonly owners = new Set<string>();
  /**
   * Names not met before in this process, worked out only if the names already known do not decide
   * (mayClassify): most files hold a known personal-data name, and the answer does not depend on order.
   */
  private readonly unknown: string[] = [];
  private readonly facts: Map<string, NameFacts>;

  constructor(private readonly catalogue: Catalogue) {
    this.facts = getCached(caches, catalogue, makeCaches).facts;
  }

  /** Whether a name that could classify has been seen: the walk need not read further names. */
  get isDecided(): boolean {
    return this.decided;
  }

  add(name: string): void {
    if (this.decided) return;
    const facts = this.facts.get(name);
    if (facts === undefined) this.unknown.push(name);
    else this.consider(name, facts);
  }

  /** Whether some name of those added could classify. */
  get mayClassify(): boolean {
    while (!this.decided && this.unknown.length > 0) {
      const name = this.unknown.pop() as string;
      this.consider(name, getNameFacts(name, this.catalogue));
    }
    return this.decided;
  }

  private consider(name: string, facts: NameFacts): void {
    if (facts.mayClassify) {
      this.decided = true;
    } else if (this.hasGenericValue) {
      this.decided = mayOwn(name, this.catalogue);
    } else if (facts.isGenericValue) {
      // Only now can an enclosing object's name matter: look at those seen so far.
      this.hasGenericValue = true;
      this.decided = mayOwn(name, this.catalogue) || [...this.owners].some((owner) => mayOwn(owner, this.catalogue));
      this.owners.clear();
    } else {
      this.owners.add(name);
    }
  }
}

interface NameFacts {
  /** Some enclosing object's name could make it classify (or it does alone). */
  mayClassify: boolean;
  /** It says only "the value" (`number`, `value`): it takes an enclosing object's category. */
  isGenericValue: boolean;
  /** Worked out only when a file has a generic name (see mayOwn). */
  mayOwn?: boolean;
}

function getNameFacts(name: string, catalogue: Catalogue): NameFacts {
  return getCached(getCached(caches, catalogue, makeCaches).facts, name, computeNameFacts, catalogue);
}

function computeNameFacts(name: string, catalogue: Catalogue): NameFacts {
  const { vocabulary } = catalogue;
  const words = getWords(name, catalogue);
  const core = words.filter((w) => !vocabulary.neutral.has(w) || vocabulary.genericValues.has(w));
  return { mayClassify: mayClassifyWords(words, catalogue), isGenericValue: core.length > 0 && vocabulary.genericValues.has(core.join(' ')), mayOwn: undefined };
}

/** As an enclosing object's name, whether one of its dotted parts could classify (as getInheritedClassification reads an owner). */
function mayOwn(name: string, catalogue: Catalogue): boolean {
  const facts = getNameFacts(name, catalogue);
  facts.mayOwn ??= name.split('.').some((segment) => {
    // The container word at the end says nothing of the data.
    const ownerWords = [...getWords(segment, catalogue)];
    while (ownerWords.length > 1 && catalogue.vocabulary.containers.has(ownerWords[ownerWords.length - 1])) ownerWords.pop();
    return mayClassifyWords(ownerWords, catalogue);
  });
  return facts.mayOwn;
}

/** Whether the words hold a pattern that no enclosing object's name is needed to reject: computeNameClassification without the context. */
function mayClassifyWords(words: readonly string[], catalogue: Catalogue): boolean {
  if (words.length === 0) return false;
  const candidates = getCandidates(words, catalogue);
  if (words.length > 1 && catalogue.vocabulary.verbPrefixes.has(words[0]) && !candidates.some((c) => c.start === 0)) return false;
  return candidates.some((candidate) => {
    const verdict = judge(candidate, words, [], catalogue);
    return verdict.ok || verdict.needsContext === true;
  });
}

function computeNameClassification(name: string, catalogue: Catalogue, context: string | undefined): Classification {
  const words = getWords(name, catalogue);
  const contextWords = context === undefined ? [] : getWords(context, catalogue);
  const answer = (category: string | null, reasons: string[]): Classification => ({
    input: name,
    kind: 'name',
    category,
    reasons: [`split into words: ${words.join(' ') || '(none)'}`, ...reasons],
  });
  if (words.length === 0) return answer(null, ['no words to match']);

  const candidates = getCandidates(words, catalogue);
  const { vocabulary } = catalogue;
  if (words.length > 1 && vocabulary.verbPrefixes.has(words[0]) && !candidates.some((c) => c.start === 0)) {
    return answer(null, [`starts with "${words[0]}": it names a function or a flag, not a value`]);
  }
  const nearestContext = contextWords.filter((w) => !vocabulary.containers.has(w)).pop();
  if (nearestContext !== undefined && vocabulary.fieldState.has(nearestContext)) {
    return answer(null, [`the enclosing object "${context}" holds ${nearestContext} about fields, not their values`]);
  }
  const inherited = getInheritedClassification(words, context, catalogue);
  if (inherited !== undefined) return answer(inherited.category, inherited.reasons.slice(1).map((r) => `the enclosing object: ${r}`));
  if (candidates.length === 0) return answer(null, ['no word or word sequence names a category of personal data']);

  const judged = candidates.map((candidate) => ({ candidate, verdict: judge(candidate, words, contextWords, catalogue) }));
  const accepted = judged
    .filter((j) => j.verdict.ok)
    .sort((a, b) => a.candidate.start - b.candidate.start || b.candidate.end - a.candidate.end);
  if (accepted.length > 0) {
    const { candidate, verdict } = accepted[0];
    const { category } = candidate.pattern;
    const reasons = [`"${candidate.pattern.words.join(' ')}" names ${category.label} (${category.id})`];
    if (verdict.ok && verdict.confirmation !== undefined) reasons.push(verdict.confirmation);
    const trailing = words.slice(candidate.end);
    if (trailing.length > 0) reasons.push(`"${trailing.join(' ')}" after it does not change what the value is`);
    return answer(category.id, reasons);
  }
  // Explain the rejection a reader expects: an unconditional pattern before a conditional one, then the one nearest the end.
  const rejected = judged.sort(
    (a, b) =>
      Number(a.candidate.pattern.needs !== null) - Number(b.candidate.pattern.needs !== null) ||
      b.candidate.end - a.candidate.end ||
      b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start),
  )[0];
  const { pattern } = rejected.candidate;
  const why = rejected.verdict.ok ? '' : rejected.verdict.why;
  return answer(null, [`"${pattern.words.join(' ')}" would name ${pattern.category.label} (${pattern.category.id}), but ${why}`]);
}

/** `aadhaar.number`: a name that says only "the value" takes the category the enclosing object's name has. */
function getInheritedClassification(words: readonly string[], context: string | undefined, catalogue: Catalogue): Classification | undefined {
  if (context === undefined) return undefined;
  const { vocabulary } = catalogue;
  const core = words.filter((w) => !vocabulary.neutral.has(w) || vocabulary.genericValues.has(w));
  if (core.length === 0 || !vocabulary.genericValues.has(core.join(' '))) return undefined;
  const segments = context.split('.');
  // `DrivingLicenseSchema.number`: the container word at the end says nothing of the data.
  const ownerWords = normaliseWords(splitIdentifier(segments[segments.length - 1]), catalogue.knownWords);
  while (ownerWords.length > 1 && vocabulary.containers.has(ownerWords[ownerWords.length - 1])) ownerWords.pop();
  const owner = classifyName(ownerWords.join('_'), catalogue, { context: segments.length > 1 ? segments.slice(0, -1).join('.') : undefined });
  return owner.category === null ? undefined : owner;
}

function getCandidates(words: readonly string[], catalogue: Catalogue): Candidate[] {
  const candidates: Candidate[] = [];
  for (let start = 0; start < words.length; start++) {
    const patterns = catalogue.patternsByFirstWord.get(words[start]);
    if (patterns === undefined) continue;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i];
      const end = start + pattern.words.length;
      if (end <= words.length && pattern.words.every((w, i) => words[start + i] === w)) {
        candidates.push({ pattern, start, end });
      }
    }
  }
  return candidates;
}

function judge(candidate: Candidate, words: readonly string[], contextWords: readonly string[], catalogue: Catalogue): Verdict {
  const { vocabulary } = catalogue;
  const { pattern, start, end } = candidate;
  const { category } = pattern;

  for (const word of words.slice(end)) {
    if (isDigits(word) || vocabulary.neutral.has(word) || category.neutral.has(word)) continue;
    if (vocabulary.metadata.has(word) || vocabulary.safeForms.has(word)) {
      return { ok: false, why: `the name ends in "${word}": it describes the field, not the data` };
    }
    return { ok: false, why: `the name is about "${word}", not the data itself` };
  }

  const before = words.slice(0, start);
  const safe = before.find((w) => vocabulary.safeForms.has(w));
  if (safe !== undefined) return { ok: false, why: `"${safe}" says the value is already a safe form of it` };

  const veto = [...before, ...contextWords].find((w) => pattern.unless.has(w));
  if (veto !== undefined) {
    const where = before.includes(veto) ? 'in the name' : 'in the enclosing object';
    return { ok: false, why: `"${veto}" ${where} means something else is meant` };
  }

  const owner = getOwner(before, vocabulary) ?? getOwner(contextWords.filter((w) => !vocabulary.containers.has(w)), vocabulary);
  if (owner?.kind === 'thing' && !pattern.needs?.has(owner.word)) {
    return { ok: false, why: `it belongs to "${owner.word}", which is not a person` };
  }

  if (pattern.needs !== null) {
    const needs = pattern.needs;
    const inName = before.find((w) => needs.has(w));
    if (inName !== undefined) return { ok: true, confirmation: `confirmed by "${inName}" in the name` };
    const inContext = contextWords.find((w) => needs.has(w));
    if (inContext !== undefined) return { ok: true, confirmation: `confirmed by "${inContext}" in the enclosing object's name` };
    const hint = [...needs].slice(0, 4).join(', ');
    return { ok: false, why: `"${pattern.words.join(' ')}" alone is ambiguous: it needs a word such as ${hint} in the name or the enclosing object`, needsContext: true };
  }
  return { ok: true };
}

/** The nearest word before the match that says whose data it is: a person, or a thing. */
function getOwner(words: readonly string[], vocabulary: Catalogue['vocabulary']): { kind: 'person' | 'thing'; word: string } | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    if (vocabulary.person.has(words[i])) return { kind: 'person', word: words[i] };
    if (vocabulary.nonPerson.has(words[i])) return { kind: 'thing', word: words[i] };
  }
  return undefined;
}
