/**
 * Callee paths: how a call reads from its root (a module, a global, a receiver), as steps:
 * a property name, `()` for a call, `new` for a construction. `winston.createLogger().info`
 * is ['createLogger', '()', 'info'] from the root `winston`.
 */
export type PathStep = string;

type PatternToken =
  | { kind: 'names'; names: ReadonlySet<string> }
  | { kind: 'any' }
  | { kind: 'anyRun' }
  | { kind: 'call' }
  | { kind: 'new' };

export type PathPattern = readonly PatternToken[];

/** Parses `createLogger().**.{info,warn}`, `().info`, `PutObjectCommand.new`, `()()`. */
export function parsePathPattern(text: string): PathPattern {
  const tokens: PatternToken[] = [];
  for (const segment of splitOutsideBraces(text)) {
    let rest = segment;
    let calls = 0;
    while (rest.endsWith('()')) {
      rest = rest.slice(0, -2);
      calls++;
    }
    if (rest === '**') tokens.push({ kind: 'anyRun' });
    else if (rest === '*') tokens.push({ kind: 'any' });
    else if (rest === 'new') tokens.push({ kind: 'new' });
    else if (rest.startsWith('{') && rest.endsWith('}')) tokens.push({ kind: 'names', names: new Set(rest.slice(1, -1).split(',')) });
    else if (rest !== '') tokens.push({ kind: 'names', names: new Set([rest]) });
    for (let i = 0; i < calls; i++) tokens.push({ kind: 'call' });
  }
  return tokens;
}

export function isPathMatch(pattern: PathPattern, path: readonly PathStep[]): boolean {
  return matchFrom(pattern, 0, path, 0);
}

function matchFrom(pattern: PathPattern, p: number, path: readonly PathStep[], s: number): boolean {
  if (p === pattern.length) return s === path.length;
  const token = pattern[p];
  if (token.kind === 'anyRun') {
    for (let skip = s; skip <= path.length; skip++) if (matchFrom(pattern, p + 1, path, skip)) return true;
    return false;
  }
  if (s === path.length) return false;
  const step = path[s];
  const ok =
    token.kind === 'call' ? step === '()'
    : token.kind === 'new' ? step === 'new'
    : token.kind === 'any' ? step !== '()' && step !== 'new'
    : token.names.has(step);
  return ok && matchFrom(pattern, p + 1, path, s + 1);
}

function splitOutsideBraces(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === '.' && depth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return segments;
}
