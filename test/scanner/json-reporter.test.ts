import { formatJson } from '../../src/reporters/json';
import { makeSampleResult } from './support/sample-result';

describe('JSON report', () => {
  it('is the ScanResult as pretty JSON with a trailing newline, without durationMs', () => {
    const result = makeSampleResult();
    const text = formatJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 1,\n');
    const { durationMs, ...stats } = result.stats;
    expect(durationMs).toBe(1234);
    expect(JSON.parse(text)).toEqual({ ...result, stats });
    expect(text).not.toContain('durationMs');
  });

  it('keeps the top-level keys in a fixed order', () => {
    expect(Object.keys(JSON.parse(formatJson(makeSampleResult())))).toEqual(['version', 'tool', 'root', 'manifest', 'findings', 'notifications', 'stats']);
  });

  it('gives the same bytes for two scans that differ only in duration', () => {
    const first = makeSampleResult();
    const second = { ...makeSampleResult(), stats: { files: 12, durationMs: 99 } };
    expect(formatJson(second)).toBe(formatJson(first));
    expect(first.stats.durationMs).toBe(1234);
  });
});
