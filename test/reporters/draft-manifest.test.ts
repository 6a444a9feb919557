import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import type { Finding } from '../../src/core/findings';
import { createPolicy } from '../../src/core/manifest/policy';
import { parseManifest } from '../../src/core/manifest/parse-manifest';
import type { Action } from '../../src/core/manifest/types';
import { getDraftManifest } from '../../src/reporters/draft-manifest';
import { makeFinding } from '../scanner/support/sample-result';

const KINDS = new Map([['prisma', 'postgres'], ['aws-s3', 's3']]);

function flow(file: string, category: string, action: Action, sink?: string, rule: Finding['rule'] = 'no-undeclared-logging'): Finding {
  return makeFinding({ rule, level: 'error', category, action, sink, location: { file, line: 3, column: 5, endLine: 3, endColumn: 9 } });
}

const FINDINGS: Finding[] = [
  flow('src/kyc/onboard.ts', 'user.government_id.pan', 'collect', undefined, 'no-undeclared-collection'),
  flow('src/kyc/onboard.ts', 'user.government_id.pan', 'store', 'prisma', 'no-undeclared-storage'),
  flow('src/kyc/deep/upload.ts', 'user.content.self_image', 'store', 'aws-s3', 'no-undeclared-storage'),
  flow('src/kyc/onboard.ts', 'user.government_id.aadhaar', 'log', 'winston'),
  flow('src/kyc/onboard.ts', 'user.government_id.aadhaar', 'log', 'winston', 'no-restricted-data'),
  flow('src/kyc/onboard.ts', 'user.name', 'transmit', 'segment', 'no-undeclared-transmission'),
  flow('src/support/tickets.ts', 'user.contact.email', 'transmit', undefined, 'no-undeclared-transmission'),
  flow('src/server.ts', 'user.contact.email', 'expose', 'express-response', 'no-undeclared-exposure'),
  flow('src/@admin/page.tsx', 'user.name', 'expose', 'react', 'no-undeclared-exposure'),
  makeFinding({ rule: 'no-hardcoded-pii', level: 'warning', category: 'user.government_id.pan', location: { file: 'test/seed.ts', line: 1, column: 1, endLine: 1, endColumn: 5 } }),
];

function load(text: string) {
  return parseManifest(text, 'minimise.yaml', '/repo', getBuiltinCatalogue());
}

describe('draft manifest (init)', () => {
  const draft = getDraftManifest(FINDINGS, KINDS);

  it('groups flows by folder below the shared one, with categories, actions, paths, stores and recipients', () => {
    const manifest = load(draft.text);
    expect(manifest.purposes.map((purpose) => [purpose.name, purpose.paths])).toEqual([
      ['src-files', ['src/*']],
      ['admin', ['src/@admin/**']],
      ['kyc', ['src/kyc/**']],
      ['support', ['src/support/**']],
    ]);
    const kyc = manifest.purposes.find((purpose) => purpose.name === 'kyc');
    expect(kyc).toMatchObject({
      data: ['user.content.self_image', 'user.government_id.aadhaar', 'user.government_id.pan', 'user.name'],
      actions: ['collect', 'store', 'log', 'transmit'],
      stores: ['postgres', 's3'],
      recipients: ['segment'],
    });
    // A transmission without a catalogued sink cannot be named, so the purpose allows any recipient.
    expect(manifest.purposes.find((purpose) => purpose.name === 'support')?.recipients).toBeUndefined();
    expect(draft).toMatchObject({ purposes: 4, categories: 5, flows: 8, restricted: 1 });
  });

  it('allows every flow it was drafted from', () => {
    const policy = createPolicy(load(draft.text));
    for (const finding of FINDINGS.filter((f) => f.action !== undefined)) {
      const target = finding.sink === undefined ? undefined : { ids: [finding.sink, KINDS.get(finding.sink) ?? finding.sink] };
      const decision = policy.evaluate({ category: finding.category, action: finding.action as Action, file: finding.location.file, target });
      expect({ finding: `${finding.location.file} ${finding.category} ${finding.action}`, allowed: decision.allowed }).toEqual({
        finding: `${finding.location.file} ${finding.category} ${finding.action}`,
        allowed: true,
      });
    }
  });

  it('comments each category with what the code does and what the law forbids, for a human to trim', () => {
    expect(draft.text).toMatch(/^# Draft purpose manifest, written by `minimise-scan init`/);
    expect(draft.text).toContain('      - user.government_id.aadhaar   # log; the law forbids the log here (no-restricted-data)\n');
    expect(draft.text).toContain('      - user.government_id.pan       # collect, store\n');
    expect(draft.text).toContain('    # basis: contract');
    expect(draft.text).toContain('# vault:');
  });

  it('writes a manifest without purposes, still valid, when the code handles no personal data', () => {
    const empty = getDraftManifest([], KINDS);
    expect(load(empty.text).purposes).toEqual([]);
    expect(empty).toMatchObject({ purposes: 0, categories: 0, flows: 0, restricted: 0 });
  });

  it('names purposes after folders at the top when there is no shared folder, and keeps names unique', () => {
    const flat = getDraftManifest([flow('app.ts', 'user.name', 'log', 'winston'), flow('lib/x.ts', 'user.name', 'log', 'winston'), flow('root/y.ts', 'user.name', 'log', 'winston')], KINDS);
    expect(load(flat.text).purposes.map((purpose) => [purpose.name, purpose.paths])).toEqual([
      ['root', ['*']],
      ['lib', ['lib/**']],
      ['root-2', ['root/**']],
    ]);
  });

  it('suggests (commented) a folder named like a vault as the vault', () => {
    const vault = getDraftManifest([flow('src/vault/store.ts', 'user.government_id.aadhaar', 'store', 'prisma'), flow('src/kyc/a.ts', 'user.name', 'log', 'winston')], KINDS);
    expect(vault.text).toContain('#   paths: ["src/vault/**"]');
    expect(load(vault.text).vaultPaths).toEqual([]);
  });
});
