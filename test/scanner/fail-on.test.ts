import type { RuleLevel } from '../../src/core/rules';
import { getExitCode, isFailOn, type FailOn } from '../../src/scanner/fail-on';

const levels = (...list: RuleLevel[]) => list.map((level) => ({ level }));

describe('--fail-on exit code', () => {
  it.each<[FailOn, RuleLevel[], 0 | 1]>([
    ['error', [], 0],
    ['error', ['warning', 'note'], 0],
    ['error', ['note', 'error'], 1],
    ['warning', ['note'], 0],
    ['warning', ['warning'], 1],
    ['warning', ['error'], 1],
    ['note', ['note'], 1],
    ['note', [], 0],
    ['none', ['error', 'warning', 'note'], 0],
  ])('--fail-on %s with %j exits %d', (failOn, found, code) => {
    expect(getExitCode(levels(...found), failOn)).toBe(code);
  });

  it('knows exactly the four levels of SPEC §6', () => {
    expect(['error', 'warning', 'note', 'none'].every(isFailOn)).toBe(true);
    expect(isFailOn('info')).toBe(false);
    expect(isFailOn('Error')).toBe(false);
  });
});
