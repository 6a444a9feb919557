import type { ReportingDescriptor } from 'sarif';
import { RULE_NAMES, getRuleMeta, type RuleMeta, type RuleName } from '../../core/rules';
import { formatSeverityScore } from './security-severity';

export const RULE_ID_PREFIX = 'minimise/';

export function getRuleId(name: RuleName): string {
  return `${RULE_ID_PREFIX}${name}`;
}

/**
 * Every rule that can fire, in RULE_NAMES order (results point at them by index), whether or not
 * it fired: GitHub shows a rule's help on each alert, and a full list records what was checked.
 * `scores` holds each rule's security-severity for this run.
 */
export function getReportingDescriptors(scores: ReadonlyMap<RuleName, number>): ReportingDescriptor[] {
  return RULE_NAMES.map((name) => {
    const rule = getRuleMeta(name);
    const score = scores.get(name);
    return {
      id: getRuleId(name),
      name: toPascalCase(name),
      shortDescription: { text: `${rule.title}.` },
      fullDescription: { text: rule.description },
      help: { text: getHelpText(rule), markdown: getHelpMarkdown(rule) },
      defaultConfiguration: { level: rule.level },
      properties: {
        tags: ['security', 'privacy', ...rule.cwe.map((cwe) => `external/cwe/${cwe}`)],
        precision: rule.precision,
        ...(score === undefined ? {} : { 'security-severity': formatSeverityScore(score) }),
      },
    };
  });
}

/** SARIF's friendly name is a Pascal-case identifier (`NoUndeclaredLogging`), distinct from the opaque id. */
function toPascalCase(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function getHelpText(rule: RuleMeta): string {
  return [rule.description, `Why: ${rule.help.law}`, `Fix: ${rule.help.fix}`, `Reported:\n  ${rule.help.example.bad}\nFixed:\n  ${rule.help.example.good}`].join('\n\n');
}

function getHelpMarkdown(rule: RuleMeta): string {
  const cwe = rule.cwe.map((id) => {
    const number = id.replace(/^cwe-/, '');
    return `[CWE-${number}](https://cwe.mitre.org/data/definitions/${number}.html)`;
  });
  const language = rule.name === 'stale-declaration' ? 'yaml' : 'ts';
  return [
    `# ${rule.title}`,
    rule.description,
    `## Why it matters\n\n${rule.help.law}`,
    `## How to fix\n\n${rule.help.fix}`,
    `## Example\n\nReported:\n\n\`\`\`${language}\n${rule.help.example.bad}\n\`\`\`\n\nFixed:\n\n\`\`\`${language}\n${rule.help.example.good}\n\`\`\``,
    `## References\n\n${cwe.length === 0 ? '' : `${cwe.join(', ')}; `}the purpose manifest: \`minimise.yaml\` (see the minimise-scan README).`,
  ].join('\n\n');
}
