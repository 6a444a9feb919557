import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import type { Finding } from '../../src/core/findings';
import { loadManifest } from '../../src/core/manifest/load-manifest';
import { makeProject } from '../scanner/support/temp-project';
import { copyDemo, runMain } from './support/run-main';
import { SIGNUP_JS } from './support/projects';

jest.setTimeout(120_000);

const scanJson = (cwd: string, ...args: string[]) => JSON.parse(runMain(['-f', 'json', '--fail-on', 'none', ...args], cwd).stdout) as { findings: Finding[]; manifest: { file: string | null } };

describe('minimise-scan init (in process, real engine)', () => {
  it('drafts a manifest for the demo app that loads, and with which a scan reports no undeclared flow', () => {
    const dir = copyDemo({ withManifest: false });
    expect(scanJson(dir).findings.filter((finding) => finding.rule.startsWith('no-undeclared-')).length).toBeGreaterThan(10);

    const { code, stdout, stderr } = runMain(['init'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Wrote minimise\.yaml: 3 purposes declaring 8 categories from \d+ flows of personal data the code has today\.\n/);
    expect(stdout).toMatch(/flows break the law whatever the manifest says; run minimise-scan to see them \(no-restricted-data\)\.\n$/);

    const manifest = loadManifest(join(dir, 'minimise.yaml'), getBuiltinCatalogue());
    expect(manifest.purposes.map((purpose) => [purpose.name, purpose.paths])).toEqual([
      ['kyc', ['src/kyc/**']],
      ['support', ['src/support/**']],
      ['vault', ['src/vault/**']],
    ]);
    const after = scanJson(dir);
    expect(after.manifest.file).toBe('minimise.yaml');
    const rules = new Set(after.findings.map((finding) => finding.rule));
    expect([...rules].filter((rule) => rule.startsWith('no-undeclared-') || rule === 'stale-declaration')).toEqual([]);
    // What the law forbids stays reported: the manifest cannot allow it.
    expect(rules).toContain('no-restricted-data');
  });

  it('never overwrites a manifest without --force, and with --force writes the same draft again', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(runMain(['init', '--no-types'], dir).code).toBe(0);
    const first = readFileSync(join(dir, 'minimise.yaml'), 'utf8');
    writeFileSync(join(dir, 'minimise.yaml'), '# mine\nversion: 1\npurposes: {}\n');

    expect(runMain(['init', '--no-types'], dir)).toEqual({ code: 2, stdout: '', stderr: 'minimise-scan: init: minimise.yaml already exists; use --force to overwrite it\n' });
    expect(readFileSync(join(dir, 'minimise.yaml'), 'utf8')).toBe('# mine\nversion: 1\npurposes: {}\n');

    expect(runMain(['init', '--no-types', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'minimise.yaml'), 'utf8')).toBe(first);
    expect(first).toContain('  src:\n');
    expect(first).toContain('    paths: ["src/**"]\n');
  });

  it('drafts for a sub-folder from its own code, ignoring a manifest above it', () => {
    const dir = copyDemo({ withManifest: true });
    const { code } = runMain(['init', 'src/support', '--no-types'], dir);
    expect(code).toBe(0);
    const manifest = loadManifest(join(dir, 'src/support/minimise.yaml'), getBuiltinCatalogue());
    expect(manifest.purposes.flatMap((purpose) => purpose.data)).toEqual(['user.contact.email', 'user.contact.phone_number']);
    expect(manifest.purposes[0]).toMatchObject({ name: 'root', paths: ['**'] });
  });

  it.each([
    [['init', 'nowhere'], 'minimise-scan: init: no such directory: nowhere\n'],
    [['init', 'src/signup.js'], 'minimise-scan: init: src/signup.js is not a directory; init writes minimise.yaml into a directory\n'],
    [['init', 'src', 'lib'], 'minimise-scan: init: give at most one PATH (see minimise-scan init --help)\n'],
    [['init', '--frobnicate'], "minimise-scan: init: Unknown option '--frobnicate' (see minimise-scan init --help)\n"],
  ])('exits 2 with one line for %j and writes nothing', (args, message) => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(runMain(args, dir)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(existsSync(join(dir, 'minimise.yaml'))).toBe(false);
  });

  it('prints its help', () => {
    const { code, stdout } = runMain(['init', '--help'], makeProject({}));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: minimise-scan init \[PATH\] \[options\]\n/);
    expect(stdout).toContain('--force');
  });
});
