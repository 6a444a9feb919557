import type { Action } from './manifest/types';

export type RuleLevel = 'error' | 'warning' | 'note';

export interface RuleMeta {
  name: RuleName;
  level: RuleLevel;
  description: string;
  /** Needs the whole program, so the ESLint plugin does not offer it. */
  scannerOnly: boolean;
  cwe: readonly string[];
}

/** The rules of SPEC §4: one vocabulary for ESLint (`minimise/<name>`) and SARIF ruleIds. */
export const RULES = {
  'no-undeclared-collection': { level: 'warning', scannerOnly: false, cwe: ['cwe-359'], description: 'Code collects a category that no purpose allows to be collected at that path.' },
  'no-undeclared-storage': { level: 'error', scannerOnly: false, cwe: ['cwe-312', 'cwe-359'], description: 'Code stores a category where no purpose allows it (database, schema field, browser storage, cookie, file, cache, object store).' },
  'no-undeclared-logging': { level: 'error', scannerOnly: false, cwe: ['cwe-532', 'cwe-359'], description: 'A category reaches a logger, console or error tracker where no purpose allows it.' },
  'no-undeclared-transmission': { level: 'error', scannerOnly: false, cwe: ['cwe-201', 'cwe-359'], description: 'A category is sent to a recipient (HTTP, analytics or ads SDK, third-party API, message queue) that no purpose allows.' },
  'no-undeclared-exposure': { level: 'warning', scannerOnly: false, cwe: ['cwe-201', 'cwe-359'], description: 'A category is returned to a client (HTTP response, error payload, rendered page) beyond what a purpose allows.' },
  'no-restricted-data': { level: 'error', scannerOnly: false, cwe: ['cwe-359', 'cwe-532', 'cwe-312'], description: 'The law forbids the flow whatever the manifest says (Aadhaar, biometrics, card data, secrets).' },
  'no-hardcoded-pii': { level: 'warning', scannerOnly: false, cwe: ['cwe-359', 'cwe-798'], description: 'A literal in source is a real-looking personal identifier.' },
  'no-unused-collection': { level: 'warning', scannerOnly: true, cwe: ['cwe-359'], description: 'A collected field is never used after validation.' },
  'stale-declaration': { level: 'note', scannerOnly: true, cwe: [], description: 'The manifest allows something the code never does.' },
} as const satisfies Record<string, Omit<RuleMeta, 'name'>>;

export type RuleName = keyof typeof RULES;

export const RULE_NAMES = Object.keys(RULES) as RuleName[];

export const RULE_BY_ACTION: Readonly<Record<Action, RuleName>> = {
  collect: 'no-undeclared-collection',
  store: 'no-undeclared-storage',
  log: 'no-undeclared-logging',
  transmit: 'no-undeclared-transmission',
  expose: 'no-undeclared-exposure',
};

export function getRuleMeta(name: RuleName): RuleMeta {
  return { name, ...RULES[name] };
}
