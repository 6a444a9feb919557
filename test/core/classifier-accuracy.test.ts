import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { classifyName, classifyValue, NameScreen, type Classification } from '../../src/core/classify';

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

  // The analysis skips a file whose names all fail the NameScreen: sound only if every name that
  // classifies under its context passes the screen together with that context.
  it('classifies no name that the screen for skipping files would pass over', () => {
    const screen = (...texts: string[]) => {
      const names = new NameScreen(catalogue);
      for (const text of texts) names.add(text);
      return names.mayClassify;
    };
    const missed = names
      .filter((row) => classifyName(row.name, catalogue, { context: row.context || undefined }).category !== null)
      .filter((row) => !screen(row.name, ...(row.context === '' ? [] : [row.context])))
      .map((row) => `${row.context}.${row.name}`);
    expect(missed).toEqual([]);
    // And most non-personal names fail it: the skip is worth having.
    const negatives = names.filter((row) => row.expected === '-');
    expect(negatives.filter((row) => !screen(row.name)).length / negatives.length).toBeGreaterThan(0.5);
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
