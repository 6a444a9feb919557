import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** One expected finding, from a `// expect: <rule> <category>` comment (SPEC §9). */
export interface Expectation {
  file: string;
  line: number;
  rule: string;
  category: string;
  /** `expect-scanner:` findings need the whole program; the ESLint plugin does not report them. */
  scannerOnly: boolean;
}

const MARKER = /(expect(?:-scanner)?):\s*(.+?)\s*(?:\*\/\s*\}?)?\s*$/;

/** Reads every `expect:` / `expect-scanner:` clause of the given files. */
export function readExpectations(root: string, files: readonly string[]): Expectation[] {
  const expectations: Expectation[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    lines.forEach((text, index) => {
      const match = MARKER.exec(text);
      if (match === null) return;
      for (const clause of match[2].split(' ; ')) {
        const [rule, category, ...rest] = clause.trim().split(/\s+/);
        if (rule === undefined || category === undefined || rest.length > 0) {
          throw new Error(`${file}:${index + 1}: cannot read the expectation "${clause}"; write "<rule> <category>"`);
        }
        expectations.push({ file: relative(root, file).split(sep).join('/'), line: index + 1, rule: rule.replace(/^minimise\//, ''), category, scannerOnly: match[1] === 'expect-scanner' });
      }
    });
  }
  return expectations;
}

/** SPEC §9: the same file, line and rule, and a category equal to or a dotted prefix of the other. */
export function isSameFinding(expected: { file: string; line: number; rule: string; category: string }, actual: { file: string; line: number; rule: string; category: string }): boolean {
  return (
    expected.file === actual.file &&
    expected.line === actual.line &&
    expected.rule === actual.rule &&
    (expected.category === actual.category || actual.category.startsWith(`${expected.category}.`) || expected.category.startsWith(`${actual.category}.`))
  );
}

export interface Comparison {
  missing: string[];
  unexpected: string[];
}

/** Pairs expectations with findings one to one; what is left on either side is a failure. */
export function compareWithExpectations(expected: readonly Expectation[], actual: ReadonlyArray<{ file: string; line: number; rule: string; category: string }>): Comparison {
  const unmatched = [...actual];
  const missing: string[] = [];
  for (const expectation of expected) {
    const index = unmatched.findIndex((finding) => isSameFinding(expectation, finding));
    if (index === -1) missing.push(`${expectation.file}:${expectation.line} ${expectation.rule} ${expectation.category}`);
    else unmatched.splice(index, 1);
  }
  return { missing, unexpected: unmatched.map((f) => `${f.file}:${f.line} ${f.rule} ${f.category}`) };
}
