/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case,
 * SCREAMING_CASE, dotted paths and digit runs. Matching happens on these words, never on
 * substrings, so `span`, `panel` and `company` never contain `pan`. Apostrophes are dropped
 * (`father's` is `fathers`); any other character that is not an ASCII letter or digit separates.
 * One pass over the characters: it runs for every new identifier of every linted file.
 */
export function splitIdentifier(identifier: string): string[] {
  const text = identifier.includes("'") || identifier.includes('\u2019') ? identifier.replace(/['\u2019]/g, '') : identifier;
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = getCharKind(text.charCodeAt(i));
    if (kind === CharKind.Other) {
      if (start >= 0) words.push(text.slice(start, i).toLowerCase());
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (isWordBoundary(getCharKind(text.charCodeAt(i - 1)), kind, i + 1 < text.length ? getCharKind(text.charCodeAt(i + 1)) : CharKind.Other)) {
      words.push(text.slice(start, i).toLowerCase());
      start = i;
    }
  }
  if (start >= 0) words.push(text.slice(start).toLowerCase());
  return words;
}

const enum CharKind {
  Other,
  Lower,
  Upper,
  Digit,
}

function getCharKind(code: number): CharKind {
  if (code >= 97 && code <= 122) return CharKind.Lower;
  if (code >= 65 && code <= 90) return CharKind.Upper;
  if (code >= 48 && code <= 57) return CharKind.Digit;
  return CharKind.Other;
}

/**
 * Between two letters or digits: `aB` (camelCase), `ABc` before the B (an acronym then a word:
 * `XMLHttp`), and letters against digits either way (`line1`, `2fa`).
 */
function isWordBoundary(previous: CharKind, current: CharKind, next: CharKind): boolean {
  if (previous === CharKind.Lower && current === CharKind.Upper) return true;
  if (previous === CharKind.Upper && current === CharKind.Upper && next === CharKind.Lower) return true;
  return (previous === CharKind.Digit) !== (current === CharKind.Digit);
}

/**
 * Turns raw words into the classifier's words: letter-digit tokens it knows are joined again
 * (`ipv4`, `cvv2`, `last4`), plurals of known words are made singular, and an unknown word
 * that is a run of known words (`dateofbirth`, `pannumber`) is split into them.
 */
export function normaliseWords(raw: readonly string[], known: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    const next = raw[i + 1];
    if (next !== undefined && (isDigits(word) !== isDigits(next)) && known.has(word + next)) {
      joined.push(word + next);
      i++;
    } else {
      joined.push(word);
    }
  }
  const words: string[] = [];
  for (let i = 0; i < joined.length; i++) {
    const word = joined[i];
    // Singular first, so `conditions` meets the pattern `condition` even where the plural is known too.
    const singular = getKnownSingular(word, known);
    if (singular !== undefined) {
      words.push(singular);
      continue;
    }
    if (known.has(word) || isDigits(word)) {
      words.push(word);
      continue;
    }
    const pieces = getKnownSegmentation(word, known);
    if (pieces === undefined) words.push(word);
    else for (const piece of pieces) words.push(getKnownSingular(piece, known) ?? piece);
  }
  return words;
}

export function isDigits(word: string): boolean {
  return /^[0-9]+$/.test(word);
}

export function getKnownSingular(word: string, known: ReadonlySet<string>): string | undefined {
  if (word.endsWith('ies') && known.has(word.slice(0, -3) + 'y')) return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && known.has(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && known.has(word.slice(0, -1))) return word.slice(0, -1);
  return undefined;
}

const MIN_PIECE = 2;
const MAX_WORD = 40;

/** The split of `word` into the fewest known pieces of two letters or more, if one exists. */
function getKnownSegmentation(word: string, known: ReadonlySet<string>): string[] | undefined {
  if (word.length < 2 * MIN_PIECE || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return undefined;
  // best[i]: fewest pieces covering word[0, i)
  const best: Array<string[] | undefined> = new Array(word.length + 1);
  best[0] = [];
  for (let end = MIN_PIECE; end <= word.length; end++) {
    for (let start = 0; start <= end - MIN_PIECE; start++) {
      const prefix = best[start];
      if (prefix === undefined) continue;
      const piece = word.slice(start, end);
      if (!known.has(piece)) continue;
      const candidate = [...prefix, piece];
      const current = best[end];
      if (current === undefined || candidate.length < current.length) best[end] = candidate;
    }
  }
  const result = best[word.length];
  return result !== undefined && result.length > 1 ? result : undefined;
}
