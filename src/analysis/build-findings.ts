import type * as ts from 'typescript';
import { relative, sep } from 'node:path';
import type { Catalogue } from '../core/catalogue/types';
import { getCached, getCachedWithin } from '../core/cached';
import { classifyValue, couldBeValue } from '../core/classify';
import type { Finding, FlowStep, SourceLocation } from '../core/findings';
import type { Condition, Decision, Policy } from '../core/manifest/policy';
import type { Action } from '../core/manifest/types';
import { getRestrictions, isRestrictedCategory, type Restriction } from '../core/restricted';
import { RULES, type RuleName } from '../core/rules';
import type { TypeScript } from './analyze';
import type { Hit } from './engine-types';
import { getEmptyList } from './value';

const GERUNDS: Record<Action, string> = { collect: 'collecting', store: 'storing', log: 'logging', transmit: 'sending', expose: 'exposing' };
/** The restrictions of the many flows whose category the law does not single out. */
const NO_RESTRICTIONS = getEmptyList<Restriction>();
const SINK_NOUNS: Record<Action, string> = { collect: 'collection', store: 'store', log: 'logger', transmit: 'recipient', expose: 'client' };

export interface FindingContext {
  ts: TypeScript;
  policy: Policy;
  catalogue: Catalogue;
  root: string;
  /** Whether findings carry their flow steps. */
  flowSteps: boolean;
}

/** Turns the engine's hits into SPEC §4 findings: policy and law applied, one per (rule, site, category). */
export function buildFindings(hits: readonly Hit[], context: FindingContext): Finding[] {
  if (hits.length === 0) return [];
  const findings = new Map<string, Finding>();
  // The same flow is often hit more than once (a site evaluated on several passes); the first path found is kept.
  const seen = new Map<ts.Node, Set<string>>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (isRepeated(seen, hit)) continue;
    const found = getHitFindings(hit, context);
    if (found !== undefined) addFindings(findings, found);
  }
  return [...findings.values()];
}

/** The findings of a hit that the law restricts or no purpose allows; undefined for an allowed flow. */
function getHitFindings(hit: Hit, context: FindingContext): Finding[] | undefined {
  const file = hit.site.getSourceFile().fileName;
  const restrictions = isRestrictedCategory(hit.taint.category) ? getRestrictions({ category: hit.taint.category, action: hit.action, file }, context.policy) : NO_RESTRICTIONS;
  const target = hit.sink === undefined ? undefined : { ids: [hit.sink.id, hit.sink.kind], host: hit.host };
  const decision = context.policy.evaluate({ category: hit.taint.category, action: hit.action, file, target });
  // Most hits are allowed flows: what only a finding needs (its place, its words) is made after.
  if (restrictions.length === 0 && decision.allowed) return undefined;
  return describeHit(hit, file, restrictions, decision, context);
}

/** Keeps one finding per rule, place and category: the first found. */
function addFindings(findings: Map<string, Finding>, found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) {
    const finding = found[i];
    const { line, column, endLine, endColumn } = finding.location;
    const key = `${finding.rule}|${finding.location.file}|${line}:${column}|${endLine}:${endColumn}|${finding.category}`;
    if (!findings.has(key)) findings.set(key, finding);
  }
}

const newKeySet = () => new Set<string>();

function isRepeated(seen: Map<ts.Node, Set<string>>, hit: Hit): boolean {
  const hitKey = `${hit.action}|${hit.taint.category}|${hit.sink?.id}|${hit.sinkCall}|${hit.host}`;
  const atSite = getCached(seen, hit.site, newKeySet);
  if (atSite.has(hitKey)) return true;
  atSite.add(hitKey);
  return false;
}

/** The findings of one hit that the law restricts or no purpose allows. */
function describeHit(hit: Hit, file: string, restrictions: readonly Restriction[], decision: Decision, context: FindingContext): Finding[] {
  const label = context.catalogue.categories.get(hit.taint.category)?.label ?? hit.taint.category;
  const location = getLocation(hit.site, context.root);
  const steps = context.flowSteps ? getSteps(hit, context.root) : [];
  const { category } = hit.taint;
  const sink = hit.sink?.id;
  const subject = `${label} (${category})`;
  const where = hit.action === 'collect' ? `is collected here` : `reaches ${SINK_NOUNS[hit.action]} ${hit.sinkCall ?? sink ?? ''}`.trimEnd();
  // Literals in one property order rather than spreads of a shared base: one shape for every finding.
  const findings: Finding[] = [];
  for (let i = 0; i < restrictions.length; i++) {
    const { law, message } = restrictions[i];
    findings.push({ category, categoryLabel: label, action: hit.action, sink, sinkCall: hit.sinkCall, location, steps, rule: 'no-restricted-data', level: RULES['no-restricted-data'].level, law, message: `${subject} ${where}: ${message} (${law})` });
  }
  if (!decision.allowed) {
    const message = `${subject} ${where}; ${describeDecision(decision, hit, context.policy, file)}`;
    findings.push({ category, categoryLabel: label, action: hit.action, sink, sinkCall: hit.sinkCall, location, steps, rule: decision.rule, level: RULES[decision.rule].level, purpose: decision.nearest?.purpose, message });
  }
  return findings;
}

/** no-unused-collection: one finding per collected value nothing uses (SPEC §4, scanner only). */
export function buildUnusedCollectionFindings(hits: readonly Hit[], context: FindingContext): Finding[] {
  return hits.map((hit) => {
    const label = context.catalogue.categories.get(hit.taint.category)?.label ?? hit.taint.category;
    return {
      rule: 'no-unused-collection',
      level: RULES['no-unused-collection'].level,
      category: hit.taint.category,
      categoryLabel: label,
      action: 'collect',
      location: getLocation(hit.site, context.root),
      message: `${label} (${hit.taint.category}) is collected here but nothing stores, sends, logs, exposes, compares or computes with it; stop collecting it (DPDP Act 2023 s.6(1); GDPR Art. 5(1)(c))`,
      steps: context.flowSteps ? getSteps(hit, context.root) : [],
    };
  });
}

/** no-hardcoded-pii: string and long numeric literals that a validator accepts. */
export function findHardcodedPii(literals: ReadonlyArray<ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.NumericLiteral>, context: FindingContext): Finding[] {
  const { ts } = context;
  const findings: Finding[] = [];
  for (let i = 0; i < literals.length; i++) {
    const node = literals[i];
    const text = node.text;
    if (text.length < 6 || text.length > 64 || (ts.isNumericLiteral(node) && text.length < 10) || !couldBeValue(text) || !isValueLiteral(ts, node)) continue;
    const result = classifyValue(text, context.catalogue);
    if (result.category === null) continue;
    const label = context.catalogue.categories.get(result.category)?.label ?? result.category;
    findings.push({
      rule: 'no-hardcoded-pii',
      level: RULES['no-hardcoded-pii'].level,
      category: result.category,
      categoryLabel: label,
      location: getLocation(node, context.root),
      message: `A real-looking ${label} (${result.category}) is hard-coded in source: ${result.reasons[0].replace(/^[^:]*\): /, '')}`,
      steps: [],
    });
  }
  return findings;
}

function isValueLiteral(ts: TypeScript, node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent) || ts.isModuleDeclaration(parent)) return false;
  if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'require') return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false;
  // Sample input shown to the user, not data the code keeps.
  if (ts.isJsxAttribute(parent) && /^(placeholder|label|title|alt|helperText|aria-)/.test(getNameText(ts, parent.name))) return false;
  if (ts.isPropertyAssignment(parent) && /^(placeholder|example|examples|sample)$/i.test(getNameText(ts, parent.name))) return false;
  return true;
}

/** An identifier's own text; getText would walk up to the source file for every property's literal. */
function getNameText(ts: TypeScript, name: ts.Node): string {
  return ts.isIdentifier(name) ? name.text : name.getText();
}

function describeDecision(decision: Exclude<Decision, { allowed: true }>, hit: Hit, policy: Policy, file: string): string {
  const relativePath = policy.getRelativePath(file);
  const unresolved = decision.hostUnresolved ? ' (the request host could not be resolved from the code)' : '';
  if (decision.nearest === undefined) {
    const folder = relativePath.includes('/') ? `${relativePath.slice(0, relativePath.lastIndexOf('/'))}/**` : relativePath;
    return `no purpose allows ${GERUNDS[hit.action]} it in ${folder}${unresolved}`;
  }
  const reasons = decision.nearest.missing.map((condition) => describeMissing(condition, hit, relativePath));
  return `purpose "${decision.nearest.purpose}" comes closest, but ${reasons.join(' and ')}${unresolved}`;
}

function describeMissing(condition: Condition, hit: Hit, relativePath: string): string {
  switch (condition) {
    case 'category':
      return `does not list ${hit.taint.category}`;
    case 'action':
      return `does not allow ${hit.action}`;
    case 'path':
      return `its paths do not include ${relativePath}`;
    case 'recipient':
      return `${hit.host ?? hit.sink?.kind ?? 'this recipient'} is not among its recipients`;
    case 'store':
      return `${hit.sink?.kind ?? 'this store'} is not among its stores`;
  }
}

export function getLocation(node: ts.Node, root: string): SourceLocation {
  const file = node.getSourceFile();
  const start = file.getLineAndCharacterOfPosition(node.getStart(file));
  const end = file.getLineAndCharacterOfPosition(node.getEnd());
  return { file: toRelative(file.fileName, root), line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

const relativePaths = new Map<string, string>();

/** Every hit and step of a file asks for the same path. */
function toRelative(fileName: string, root: string): string {
  return getCachedWithin(relativePaths, 10_000, `${root}\u0000${fileName}`, makeRelativePath);
}

function makeRelativePath(key: string): string {
  const at = key.indexOf('\u0000');
  return relative(key.slice(0, at), key.slice(at + 1)).split(sep).join('/');
}

function getSteps(hit: Hit, root: string): FlowStep[] {
  const steps: FlowStep[] = [];
  for (const step of hit.taint.steps) {
    const location = getLocation(step.node, root);
    const previous = steps[steps.length - 1];
    if (previous !== undefined && previous.location.file === location.file && previous.location.line === location.line && previous.message === step.message) continue;
    steps.push({ location, message: step.message });
  }
  const site = getLocation(hit.site, root);
  const last = steps[steps.length - 1];
  const message = hit.action === 'collect' ? 'collected here' : `reaches ${hit.sinkCall ?? hit.sink?.id ?? 'the sink'}`;
  if (last === undefined || last.location.line !== site.line || last.location.file !== site.file || last.message !== message) steps.push({ location: site, message });
  return steps;
}

export type { RuleName };
