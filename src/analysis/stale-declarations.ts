import { relative, sep } from 'node:path';
import type { Finding } from '../core/findings';
import { isCategoryCovered, type Policy } from '../core/manifest/policy';
import { RULES } from '../core/rules';
import type { Hit } from './engine-types';

/**
 * stale-declaration (scanner only): a `data` entry of a purpose that no flow of the whole program
 * uses under that purpose. Declarations that allow nothing still widen what a reviewer reads as
 * allowed, and DPDP s.5 notices list them to users.
 */
export function findStaleDeclarations(hits: readonly Hit[], policy: Policy, root: string): Finding[] {
  const manifestFile = policy.manifest.file;
  if (manifestFile === undefined) return [];
  const used = new Set<string>();
  for (const hit of hits) {
    const target = hit.sink === undefined ? undefined : { ids: [hit.sink.id, hit.sink.kind], host: hit.host };
    const flow = { category: hit.taint.category, action: hit.action, file: hit.site.getSourceFile().fileName, target };
    for (const purpose of policy.getAllowingPurposes(flow)) {
      purpose.data.forEach((declared, index) => {
        if (isCategoryCovered(declared, hit.taint.category)) used.add(`${purpose.name}\u0000${index}`);
      });
    }
  }
  const file = relative(root, manifestFile).split(sep).join('/');
  const findings: Finding[] = [];
  for (const purpose of policy.manifest.purposes) {
    purpose.data.forEach((declared, index) => {
      if (used.has(`${purpose.name}\u0000${index}`)) return;
      const at = purpose.dataLocations?.[index] ?? { line: 1, column: 1 };
      const label = policy.manifest.catalogue.categories.get(declared)?.label ?? declared;
      findings.push({
        rule: 'stale-declaration',
        level: RULES['stale-declaration'].level,
        category: declared,
        categoryLabel: label,
        purpose: purpose.name,
        location: { file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + declared.length },
        message: `Purpose "${purpose.name}" allows ${label} (${declared}) to be ${purpose.actions.join(', ')}, but no code does; remove it from the manifest or from the notice`,
        steps: [],
      });
    });
  }
  return findings;
}
