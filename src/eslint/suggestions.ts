import type * as ts from 'typescript';
import type { TypeScript } from '../analysis/analyze';
import { getExpressionName } from '../analysis/engine';
import { classifyName } from '../core/classify';
import type { Finding } from '../core/findings';
import { isCategoryCovered, type Policy } from '../core/manifest/policy';

/** One way to fix a finding: wrap these expressions in a transform function the manifest declares. */
export interface TransformSuggestion {
  transform: string;
  kind: 'mask' | 'redact';
  /** Source text of the first wrapped expression, for the message. */
  expression: string;
  edits: ReadonlyArray<{ range: readonly [number, number]; text: string }>;
}

const WRAPPABLE_ACTIONS = new Set(['log', 'transmit', 'expose']);

/**
 * Suggestions for a log, transmit or expose finding when the manifest declares mask or redact
 * functions (`transforms.mask: [maskAadhaar]`): wrap each expression at the site whose name carries
 * the finding's category (`aadhaarNumber`, `customer.pan`). The engine treats a declared transform
 * as removing the category, so the suggestion clears the finding once the function is imported.
 */
export function getTransformSuggestions(tsModule: TypeScript, sourceFile: ts.SourceFile, finding: Finding, policy: Policy): TransformSuggestion[] {
  if (finding.action === undefined || !WRAPPABLE_ACTIONS.has(finding.action)) return [];
  const { transforms, catalogue } = policy.manifest;
  const functions = [...transforms.mask.map((name) => ({ name, kind: 'mask' as const })), ...transforms.redact.map((name) => ({ name, kind: 'redact' as const }))]
    .filter((fn, index, all) => all.findIndex((other) => other.name === fn.name) === index);
  if (functions.length === 0) return [];
  const site = findSite(tsModule, sourceFile, finding);
  if (site === undefined) return [];

  const transformNames = new Set(Object.values(transforms).flat());
  const targets: Array<ts.Expression & { parent: ts.Node }> = [];
  const carries = (name: string, context: string | undefined) => {
    const { category } = classifyName(name, catalogue, { context });
    return category !== null && (isCategoryCovered(category, finding.category) || isCategoryCovered(finding.category, category));
  };
  const visit = (node: ts.Node): void => {
    if (tsModule.isCallExpression(node) || tsModule.isNewExpression(node)) {
      const callee = node.expression.getText(sourceFile);
      // Already wrapped in a declared transform: nothing to suggest inside it.
      if (transformNames.has(callee) || transformNames.has(callee.split('.').pop() ?? '')) return;
      node.arguments?.forEach(visit);
      // `customer.pan.trim()`: the receiver may be the data, the method name never is.
      if (tsModule.isPropertyAccessExpression(node.expression)) visit(node.expression.expression);
      else if (!tsModule.isIdentifier(node.expression)) visit(node.expression);
      return;
    }
    if (tsModule.isPropertyAccessExpression(node)) {
      if (carries(node.name.text, getExpressionName(tsModule, node.expression))) targets.push(node);
      else visit(node.expression);
      return;
    }
    if (tsModule.isIdentifier(node)) {
      if (carries(node.text, undefined)) targets.push(node);
      return;
    }
    if (tsModule.isShorthandPropertyAssignment(node)) {
      if (carries(node.name.text, undefined)) targets.push(node.name);
      return;
    }
    if (tsModule.isPropertyAssignment(node)) return visit(node.initializer);
    if (tsModule.isJsxAttribute(node)) return node.initializer === undefined ? undefined : visit(node.initializer);
    if (tsModule.isJsxOpeningElement(node) || tsModule.isJsxSelfClosingElement(node)) return visit(node.attributes);
    // A callback's parameters and a type are declarations, not reads of data.
    if (tsModule.isJsxClosingElement(node) || tsModule.isTypeNode(node) || tsModule.isFunctionLike(node)) return;
    if (tsModule.isTaggedTemplateExpression(node)) return visit(node.template);
    tsModule.forEachChild(node, visit);
  };
  visit(site);
  if (targets.length === 0) return [];

  return functions.map(({ name, kind }) => ({
    transform: name,
    kind,
    expression: targets[0].getText(sourceFile),
    edits: targets.map((target) => {
      const text = target.getText(sourceFile);
      const wrapped = `${name}(${text})`;
      const isShorthand = tsModule.isShorthandPropertyAssignment(target.parent);
      return { range: [target.getStart(sourceFile), target.getEnd()] as const, text: isShorthand ? `${text}: ${wrapped}` : wrapped };
    }),
  }));
}

/** The node the finding was reported on (its exact range), or the innermost node containing it. */
function findSite(tsModule: TypeScript, sourceFile: ts.SourceFile, finding: Finding): ts.Node | undefined {
  const { line, column, endLine, endColumn } = finding.location;
  const start = sourceFile.getPositionOfLineAndCharacter(line - 1, column - 1);
  const end = sourceFile.getPositionOfLineAndCharacter(endLine - 1, endColumn - 1);
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(sourceFile) <= start && node.getEnd() >= end) {
      found = node;
      if (node.getStart(sourceFile) === start && node.getEnd() === end) return;
      tsModule.forEachChild(node, visit);
    }
  };
  tsModule.forEachChild(sourceFile, visit);
  return found;
}
