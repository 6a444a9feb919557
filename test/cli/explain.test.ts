import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'dist', 'cli', 'bin.js');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('minimise-scan explain (built CLI)', () => {
  it('prints one JSON object per input, in input order, as SPEC §6 says', () => {
    const { code, stdout, stderr } = run(['explain', 'panNo', 'span', 'customerName', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.input, r.kind, r.category])).toEqual([
      ['panNo', 'name', 'user.government_id.pan'],
      ['span', 'name', null],
      ['customerName', 'name', 'user.name'],
    ]);
    for (const result of results) expect((result.reasons as string[]).length).toBeGreaterThan(0);
  });

  it('classifies literal values with --values', () => {
    const { stdout } = run(['explain', '--values', '2341 2341 2346', '234123412347', '-f', 'json']);
    const [good, bad] = JSON.parse(stdout) as Array<{ kind: string; category: string | null; reasons: string[] }>;
    expect(good).toMatchObject({ kind: 'value', category: 'user.government_id.aadhaar' });
    expect(bad.category).toBeNull();
    expect(bad.reasons).toContain('not Aadhaar number: Verhoeff check digit is wrong');
  });

  it('reads an input that cannot be a name as a value, as no-hardcoded-pii reads literals', () => {
    const { stdout } = run(['explain', 'rahul.verma82@gmail.com', 'jim@juice-sh.op', '2341-2341-2346', 'first-name', 'ACUPA7085R', '-f', 'json']);
    expect((JSON.parse(stdout) as Array<{ input: string; kind: string; category: string | null }>).map((r) => [r.input, r.kind, r.category])).toEqual([
      ['rahul.verma82@gmail.com', 'value', 'user.contact.email'],
      ['jim@juice-sh.op', 'value', null],
      ['2341-2341-2346', 'value', 'user.government_id.aadhaar'],
      ['first-name', 'name', 'user.name.first'],
      ['ACUPA7085R', 'name', null],
    ]);
  });

  it('reads a dotted name as a property of the object before the last dot', () => {
    const { stdout } = run(['explain', 'customer.name', 'file.name', 'check.fullName', '-f', 'json']);
    expect((JSON.parse(stdout) as Array<{ input: string; category: string | null }>).map((r) => [r.input, r.category])).toEqual([
      ['customer.name', 'user.name'],
      ['file.name', null],
      ['check.fullName', 'user.name'],
    ]);
  });

  it('uses --context as the enclosing object', () => {
    const { stdout } = run(['explain', 'name', '--context', 'customer', '-f', 'json']);
    expect(JSON.parse(stdout)[0].category).toBe('user.name');
  });

  it('explains in sentences as text', () => {
    const { code, stdout } = run(['explain', 'fileName', 'aadhaarNo']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'fileName: not personal data of any category',
        '  - split into words: file name',
        '  - "name" would name Person\'s name (user.name), but it belongs to "file", which is not a person',
        '',
        'aadhaarNo: Aadhaar number (user.government_id.aadhaar), sensitivity critical',
        '  - split into words: aadhaar no',
        '  - "aadhaar" names Aadhaar number (user.government_id.aadhaar)',
        '  - "no" after it does not change what the value is',
        '',
      ].join('\n'),
    );
  });

  it("knows the manifest's custom categories", () => {
    const dir = mkdtempSync(join(tmpdir(), 'minimise-explain-'));
    writeFileSync(join(dir, 'minimise.yaml'), 'version: 1\npurposes: {}\ncategories:\n  user.loyalty_id: { names: [loyaltyNo] }\n');
    const { stdout } = run(['explain', 'loyaltyNo', '-f', 'json'], dir);
    expect(JSON.parse(stdout)[0].category).toBe('user.loyalty_id');
  });

  it.each([
    [['explain'], 'minimise-scan: explain: give at least one NAME or VALUE (see minimise-scan explain --help)\n'],
    [['explain', 'pan', '--format', 'xml'], 'minimise-scan: explain: unknown format "xml"; expected text or json\n'],
    [['explain', '--bogus'], "minimise-scan: explain: Unknown option '--bogus'\n"],
    [['frobnicate'], 'minimise-scan: unknown command "frobnicate" (see minimise-scan --help)\n'],
  ])('exits 2 with one line for %j', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('exits 2 naming file:line:col when the manifest is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minimise-explain-'));
    writeFileSync(join(dir, 'minimise.yaml'), 'version: 1\npurposes:\n  kyc:\n    data: [user.goverment_id.pan]\n    actions: [collect]\n');
    const { code, stderr } = run(['explain', 'pan'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/minimise\.yaml:4:12: unknown category "user\.goverment_id\.pan"; did you mean "user\.government_id\.pan"\?\n$/);
  });

  it('prints help and the version', () => {
    expect(run(['explain', '--help']).stdout).toMatch(/^Usage: minimise-scan explain/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
