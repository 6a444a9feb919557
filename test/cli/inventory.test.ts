import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS } from '../../src/core/manifest/types';
import { makeProject } from '../scanner/support/temp-project';
import { DEMO, runMain } from './support/run-main';
import { SIGNUP_JS } from './support/projects';

jest.setTimeout(120_000);

interface InventoryJson {
  categories: Array<{ category: string; actions: Record<string, Array<{ file: string; line: number; sink: string | null }>> }>;
}

describe('minimise-scan inventory (in process, real engine)', () => {
  let json: InventoryJson;

  beforeAll(() => {
    const { code, stdout, stderr } = runMain(['inventory', '-f', 'json'], DEMO);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    json = JSON.parse(stdout) as InventoryJson;
  });

  it('prints the SPEC §6 JSON shape: categories with every action and {file, line, sink} sites', () => {
    expect(Object.keys(json)).toEqual(['categories']);
    const ids = json.categories.map((entry) => entry.category);
    expect(ids).toEqual([...ids].sort());
    for (const entry of json.categories) {
      expect(Object.keys(entry)).toEqual(['category', 'actions']);
      expect(Object.keys(entry.actions)).toEqual([...ACTIONS]);
      for (const site of Object.values(entry.actions).flat()) expect(Object.keys(site)).toEqual(['file', 'line', 'sink']);
    }
    const aadhaar = json.categories.find((entry) => entry.category === 'user.government_id.aadhaar');
    expect(aadhaar?.actions.log).toEqual([
      { file: 'src/kyc/onboarding.ts', line: 18, sink: 'winston' },
      { file: 'src/kyc/onboarding.ts', line: 34, sink: 'winston' },
    ]);
    expect(aadhaar?.actions.collect).toEqual([{ file: 'src/kyc/onboarding.ts', line: 15, sink: null }]);
  });

  it('lists the flows the manifest allows too, not only the findings', () => {
    // The demo manifest allows sending the PAN to api.quickekyc.com; the scan reports nothing there.
    const pan = json.categories.find((entry) => entry.category === 'user.government_id.pan');
    expect(pan?.actions.transmit).toContainEqual({ file: 'src/kyc/quickekyc.ts', line: 7, sink: 'axios' });
    const scan = JSON.parse(runMain(['--no-types', '-f', 'json', '--fail-on', 'none'], DEMO).stdout) as { findings: Array<{ location: { file: string } }> };
    expect(scan.findings.some((finding) => finding.location.file === 'src/kyc/quickekyc.ts')).toBe(false);
  });

  it('prints text by default and Markdown with a Mermaid diagram, to stdout or a file', () => {
    const text = runMain(['inventory', '--no-types'], DEMO).stdout;
    expect(text).toMatch(/^E-mail address \(user\.contact\.email\)\n {2}log {7}src\/support\/tickets\.ts:10 {2}winston\n/);
    expect(text).toMatch(/\n\d+ categories at \d+ sites \(collected at \d+, stored at \d+, logged at \d+, sent at \d+, exposed at \d+\); 9 files analysed\.\n$/);

    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(runMain(['inventory', '--no-types', '-o', 'data-map.md'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const markdown = readFileSync(join(dir, 'data-map.md'), 'utf8');
    expect(markdown).toContain('```mermaid\nflowchart LR\n');
    expect(markdown).toContain('  c1 -->|"log"| s0');
  });

  it('warns on stderr about files it could not read, keeping stdout clean', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS, 'src/broken.js': 'const x = ;\n' });
    const { code, stdout, stderr } = runMain(['inventory', '--no-types', '-f', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).categories).toHaveLength(2);
    expect(stderr).toMatch(/^minimise-scan: warning: src\/broken\.js:1:11: not analysed: the file does not parse/);
    expect(runMain(['inventory', '--no-types', '-f', 'json', '--quiet'], dir).stderr).toBe('');
  });

  it('prints its help with the JSON shape', () => {
    const { code, stdout } = runMain(['inventory', '--help'], DEMO);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: minimise-scan inventory \[PATH\.\.\.\] \[options\]\n/);
    expect(stdout).toContain('{"file", "line", "sink"}');
  });

  it.each([
    [['inventory', '-f', 'sarif'], 'minimise-scan: inventory: unknown --format "sarif"; expected text, json or markdown\n'],
    [['inventory', 'nowhere'], 'minimise-scan: inventory: no such file or directory: nowhere\n'],
    [['inventory', '--bogus'], "minimise-scan: inventory: Unknown option '--bogus' (see minimise-scan inventory --help)\n"],
    [['inventory', '-m', 'none.yaml'], 'minimise-scan: none.yaml: cannot read the manifest: no such file\n'],
  ])('exits 2 with one line for %j', (args, message) => {
    expect(runMain(args, makeProject({ 'src/signup.js': SIGNUP_JS }))).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
