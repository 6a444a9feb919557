import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { classifyName, classifyValue, hasNamePattern, type Classification } from '../../src/core/classify';

/**
 * The labelled names and values of test/data come from public code (see the `source` column).
 * These floors guard the accuracy reported in the README from regressing; `npm run accuracy`
 * prints the full figures and every miss.
 */
const catalogue = getBuiltinCatalogue();

function readTsv(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(join(__dirname, '..', 'data', file), 'utf8').split('\n').filter(Boolean);
  const columns = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell])));
}

const isFamily = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
const isCorrect = (expected: string, got: Classification) =>
  expected === '-' ? got.category === null : got.category !== null && isFamily(got.category, expected);

describe('classifier accuracy on labelled public code', () => {
  const names = readTsv('classifier-names.tsv');
  const values = readTsv('classifier-values.tsv');

  it('has a large labelled list with hard negatives', () => {
    expect(names.length).toBeGreaterThanOrEqual(300);
    expect(names.filter((r) => r.expected === '-').length).toBeGreaterThanOrEqual(150);
    expect(values.length).toBeGreaterThanOrEqual(60);
  });

  // The analysis skips a file none of whose names has a catalogue pattern (hasNamePattern): sound
  // only if no name classifies, under any context, unless it or its context has one.
  it('classifies a name only when the name or its context has a catalogue pattern', () => {
    const unexplained = names
      .filter((row) => classifyName(row.name, catalogue, { context: row.context || undefined }).category !== null)
      .filter((row) => !hasNamePattern(row.name, catalogue) && !(row.context !== '' && hasNamePattern(row.context, catalogue)))
      .map((row) => `${row.context}.${row.name}`);
    expect(unexplained).toEqual([]);
    // And names without one are common: the skip is worth having.
    expect(names.filter((row) => row.expected === '-' && !hasNamePattern(row.name, catalogue)).length).toBeGreaterThan(50);
  });

  it('classifies at least 92% of names correctly, with at most 1.5% false positives among non-personal names', () => {
    const results = names.map((row) => ({ row, got: classifyName(row.name, catalogue, { context: row.context || undefined }) }));
    const correct = results.filter(({ row, got }) => isCorrect(row.expected, got)).length;
    const negatives = results.filter(({ row }) => row.expected === '-');
    const falsePositives = negatives.filter(({ got }) => got.category !== null);
    expect(correct / names.length).toBeGreaterThanOrEqual(0.92);
    expect(falsePositives.length / negatives.length).toBeLessThanOrEqual(0.015);
  });

  it('classifies every value with a checksum exactly, and 99% of all values', () => {
    const checksummed = new Set([
      'user.government_id.aadhaar', 'user.government_id.aadhaar_vid', 'user.government_id.gstin',
      'user.government_id.voter_id', 'user.financial.credit_card', 'user.financial.bank_account',
    ]);
    const results = values.map((row) => ({ row, got: classifyValue(row.value, catalogue) }));
    const wrongChecksummed = results.filter(({ row, got }) => checksummed.has(row.expected) && got.category !== row.expected);
    expect(wrongChecksummed.map(({ row }) => row.value)).toEqual([]);
    expect(results.filter(({ row, got }) => isCorrect(row.expected, got)).length / values.length).toBeGreaterThanOrEqual(0.99);
  });
});
