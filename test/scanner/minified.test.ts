import { relative } from 'node:path';
import { scan } from '../../src/scanner/scan';
import { makeProject } from './support/temp-project';

const LOGS_AADHAAR = 'export function onboard(aadhaarNumber) {\n  console.log(aadhaarNumber);\n}\n';
// One long line of the same code: what a bundler emits.
const BUNDLE = `function onboard(aadhaarNumber){console.log(aadhaarNumber)}${';var x=1'.repeat(4000)}\n`;

describe('minified and bundled code', () => {
  it('is left out with a note, while the same code in a normal file is analysed', () => {
    const dir = makeProject({
      'minimise.yaml': 'version: 1\npurposes: {}\n',
      'src/onboard.js': LOGS_AADHAAR,
      'public/vendor.min.js': LOGS_AADHAAR,
      'public/bundle.js': BUNDLE,
    });
    const { result } = scan({ paths: [dir], include: [], exclude: [], isTyped: false, getDisplayPath: (f) => relative(dir, f) });
    expect([...new Set(result.findings.map((f) => f.location.file))]).toEqual(['src/onboard.js']);
    expect(result.notifications.map((n) => [n.level, n.location?.file])).toEqual([
      ['note', 'public/bundle.js'],
      ['note', 'public/vendor.min.js'],
    ]);
  });
});
