import type { Finding } from '../../src/core/findings';
import { formatText } from '../../src/reporters/text';
import type { ScanResult } from '../../src/scanner/scan-result';
import { makeFinding, makeSampleResult } from '../scanner/support/sample-result';

const PLAIN = { color: false, quiet: false };

function resultWith(findings: Finding[]): ScanResult {
  return { ...makeSampleResult(), findings, notifications: [] };
}

const log = (overrides: Partial<Finding> = {}) =>
  makeFinding({ rule: 'no-undeclared-logging', level: 'error', action: 'log', sink: 'winston', sinkCall: 'logger.info', location: { file: 'src/a.ts', line: 7, column: 3, endLine: 7, endColumn: 19 }, ...overrides });

describe('text report: code frames', () => {
  it('draws the site line with carets under the site, between the details and the flow', () => {
    const finding = log({ steps: [{ location: { file: 'src/a.ts', line: 7, column: 3, endLine: 7, endColumn: 19 }, message: 'reaches logger.info' }] });
    const text = formatText(resultWith([finding]), { ...PLAIN, sourceLines: ['  logger.info(email);'] });
    expect(text.split('\n').slice(0, 6)).toEqual([
      'src/a.ts',
      '  7:3  error  no-undeclared-logging  a message',
      '       category: E-mail address (user.contact.email), action: log, sink: winston (logger.info)',
      '       7 |   logger.info(email);',
      '         |   ^^^^^^^^^^^^^^^^',
      '       1. src/a.ts:7:3 reaches logger.info',
    ]);
  });

  it('draws one frame per site, not per category at that site', () => {
    const findings = [log(), log({ category: 'user.name', categoryLabel: "Person's name" })];
    const text = formatText(resultWith(findings), { ...PLAIN, sourceLines: ['  logger.info(user);', '  logger.info(user);'] });
    expect(text.match(/ \| {3}logger\.info/g)).toHaveLength(1);
  });

  it('runs the carets to the end of the line for a site that spans lines, and lines them up under tabs', () => {
    const multi = log({ location: { file: 'src/a.ts', line: 12, column: 2, endLine: 14, endColumn: 3 } });
    const text = formatText(resultWith([multi]), { ...PLAIN, sourceLines: ['\tlogger.info({   '] });
    expect(text).toContain('\n        12 |   logger.info({\n           |   ^^^^^^^^^^^^^\n');
  });

  it('cuts a long line around the site', () => {
    const long = `${'x'.repeat(300)}logger.info(email)${'y'.repeat(300)}`;
    const finding = log({ location: { file: 'src/a.ts', line: 1, column: 301, endLine: 1, endColumn: 319 } });
    const [code, carets] = formatText(resultWith([finding]), { ...PLAIN, sourceLines: [long] }).split('\n').slice(3, 5);
    expect(code.length).toBeLessThan(140);
    expect(code).toMatch(/\| …x+logger\.info\(email\)y+…$/);
    expect(carets.indexOf('^')).toBe(code.indexOf('logger'));
    expect(carets.match(/\^+/)?.[0]).toHaveLength(18);
  });

  it('draws no frame without the source, and colours the carets by level on a terminal', () => {
    expect(formatText(resultWith([log()]), PLAIN)).not.toContain(' | ');
    const colored = formatText(resultWith([log()]), { color: true, quiet: false, sourceLines: ['  logger.info(email);'] });
    expect(colored).toContain('\u001b[31m^^^^^^^^^^^^^^^^\u001b[39m');
  });

  it('reports the baseline: new problems and how many known ones were suppressed', () => {
    const text = formatText(resultWith([log()]), { ...PLAIN, baselineSuppressed: 4 });
    expect(text).toContain('1 new problem (1 error, 0 warnings, 0 notes) in 1 file; 12 files analysed.\n  4 known results suppressed by the baseline.\n');
    expect(formatText(resultWith([]), { ...PLAIN, baselineSuppressed: 1 })).toBe('No new problems found; 12 files analysed.\n  1 known result suppressed by the baseline.\n');
  });
});
