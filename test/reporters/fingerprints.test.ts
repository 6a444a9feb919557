import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/findings';
import { readBaselineFingerprints } from '../../src/scanner/baseline';
import { getFindingSites } from '../../src/scanner/finding-sites';
import { FINGERPRINT_KEY, getFingerprints } from '../../src/scanner/fingerprints';
import { prepareReport } from '../../src/scanner/prepare-report';
import { ScanError } from '../../src/scanner/scan-error';
import type { ScanResult } from '../../src/scanner/scan-result';
import { makeFinding, makeSampleResult } from '../scanner/support/sample-result';

const SOURCE = [
  "import { logger } from './logger';", // 1
  'export class KycController {', // 2
  '  submit(pan: string) {', // 3
  '    logger.info(pan);', // 4
  '    logger.info(pan);', // 5
  '  }', // 6
  '}', // 7
  "router.post('/kyc', (req) => {", // 8
  '  logger.info(req.body.pan);', // 9
  '});', // 10
  'export const audit = function () {', // 11
  '  logger.info(  pan  );', // 12
  '};', // 13
].join('\n');

function logAt(line: number, column: number, endColumn: number): Finding {
  return makeFinding({ rule: 'no-undeclared-logging', level: 'error', category: 'user.government_id.pan', action: 'log', sink: 'winston', location: { file: 'src/kyc.ts', line, column, endLine: line, endColumn } });
}

function resultOf(findings: Finding[]): ScanResult {
  return { ...makeSampleResult(), findings, notifications: [] };
}

describe('finding sites', () => {
  it('give the source line, the normalised site text and the enclosing declarations', () => {
    const findings = [logAt(4, 5, 21), logAt(9, 3, 28), logAt(12, 3, 23)];
    const sites = getFindingSites(resultOf(findings), () => SOURCE);
    expect(sites).toEqual([
      { sourceLine: '    logger.info(pan);', text: 'logger.info(pan)', scope: 'KycController.submit' },
      { sourceLine: '  logger.info(req.body.pan);', text: 'logger.info(req.body.pan)', scope: 'router.post("/kyc")' },
      { sourceLine: '  logger.info(  pan  );', text: 'logger.info( pan )', scope: 'audit' },
    ]);
  });

  it('degrade to empty text for a file that cannot be read, and to no scope outside code', () => {
    const missing = getFindingSites(resultOf([logAt(1, 1, 2)]), () => undefined);
    expect(missing).toEqual([{ text: '', scope: '' }]);
    const yaml = makeFinding({ rule: 'stale-declaration', level: 'note', location: { file: 'minimise.yaml', line: 2, column: 8, endLine: 2, endColumn: 17 } });
    expect(getFindingSites(resultOf([yaml]), () => 'version: 1\ndata: [user.name]\n')).toEqual([{ sourceLine: 'data: [user.name]', text: 'user.name', scope: '' }]);
  });
});

describe('fingerprints', () => {
  const fingerprintsOf = (source: string, findings: Finding[]) => getFingerprints(findings, getFindingSites(resultOf(findings), () => source));

  it('do not depend on line numbers: the same code in the same function keeps its fingerprint', () => {
    const original = fingerprintsOf(SOURCE, [logAt(4, 5, 21), logAt(9, 3, 28)]);
    const shifted = fingerprintsOf(`// header\n\n${SOURCE}`, [logAt(6, 5, 21), logAt(11, 3, 28)]);
    expect(shifted).toEqual(original);
    expect(original.every((fingerprint) => /^[0-9a-f]{32}:0$/.test(fingerprint))).toBe(true);
  });

  it('number identical findings in order, and tell apart rule, category, code and function', () => {
    const [first, second] = fingerprintsOf(SOURCE, [logAt(4, 5, 21), logAt(5, 5, 21)]);
    expect(first.split(':')[0]).toBe(second.split(':')[0]);
    expect([first.endsWith(':0'), second.endsWith(':1')]).toEqual([true, true]);

    const base = logAt(4, 5, 21);
    const variants = [base, { ...base, rule: 'no-restricted-data' as const }, { ...base, category: 'user.name' }];
    expect(new Set(fingerprintsOf(SOURCE, variants)).size).toBe(3);
    // The same text in another function is another result.
    const [inMethod] = fingerprintsOf(SOURCE, [logAt(4, 5, 21)]);
    const [inHandler] = fingerprintsOf(SOURCE.replace('req.body.pan', 'pan'), [logAt(9, 3, 19)]);
    expect(inHandler).not.toBe(inMethod);
  });
});

describe('baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minimise-baseline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const log = (results: unknown[]) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'minimise-scan' } }, results }] });

  it('reads the fingerprints of every result', () => {
    const file = write('base.sarif', log([{ partialFingerprints: { [FINGERPRINT_KEY]: 'a:0' } }, { partialFingerprints: { [FINGERPRINT_KEY]: 'b:0', other: 'x' } }]));
    expect([...readBaselineFingerprints(file)]).toEqual(['a:0', 'b:0']);
    expect(readBaselineFingerprints(write('empty.sarif', log([])))).toEqual(new Set());
  });

  it.each([
    ['missing.sarif', undefined, '--baseline missing.sarif: no such file'],
    ['text.sarif', 'not json', /^--baseline text\.sarif: not JSON \(/],
    ['norun.sarif', '{"version": "2.1.0"}', '--baseline norun.sarif: not a SARIF log (no "runs" array)'],
    ['foreign.sarif', log([{ partialFingerprints: { primaryLocationLineHash: 'x' } }]), /carry no minimiseFinding\/v1 fingerprint/],
  ])('rejects %s with one line', (name, text, message) => {
    const file = text === undefined ? join(dir, name) : write(name, text);
    expect(() => readBaselineFingerprints(file, name)).toThrow(ScanError);
    expect(() => readBaselineFingerprints(file, name)).toThrow(message);
  });

  it('suppresses known results and counts them, keeping sites and fingerprints aligned', () => {
    const findings = [logAt(4, 5, 21), logAt(5, 5, 21), logAt(9, 3, 28)];
    const result = resultOf(findings);
    const sites = getFindingSites(result, () => SOURCE);
    const all = prepareReport(result, undefined, sites);
    expect(all.baseline).toBeUndefined();
    const known = new Set([all.fingerprints[0], all.fingerprints[2]]);
    const report = prepareReport(result, known, sites);
    expect(report.result.findings).toEqual([findings[1]]);
    expect(report.fingerprints).toEqual([all.fingerprints[1]]);
    expect(report.sites).toEqual([sites[1]]);
    expect(report.baseline).toEqual({ suppressed: 2 });
    expect(result.findings).toHaveLength(3);
  });
});
