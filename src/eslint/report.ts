import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Finding } from '../core/findings';
import { getCached } from '../core/cached';
import type { RuleName } from '../core/rules';
import { getFileAnalysis, type FileAnalysis, type LintedFile } from './file-analysis';
import { getTransformSuggestions } from './suggestions';

type CommonMessageId = 'manifestError' | 'finding';

/**
 * What every rule's `create` returns. The shared per-file analysis runs when the first rule is
 * created, so a rule with nothing to report on the file listens to nothing: ESLint then calls
 * nothing of it for the file (seven rules on every file, most with no finding there). A rule with
 * findings reports them from its `Program` listener. `shapes` are the rule's own message ids, tried
 * in order: the first whose template reads exactly as the engine's message is used, so data and
 * text agree with the CLI.
 */
export function createFindingListener<MessageId extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  rule: RuleName,
  messages: Readonly<Record<MessageId, string>>,
  shapes: readonly MessageId[],
  options: { suggestions: boolean } = { suggestions: false },
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context as unknown as LintedFile);
  const { manifestError } = analysis;
  if (manifestError !== undefined) {
    // A bad manifest is reported once per file, by the first rule created.
    if (analysis.manifestErrorReported) return {};
    analysis.manifestErrorReported = true;
    return {
      Program(): void {
        context.report({ loc: { line: 1, column: 0 }, messageId: 'manifestError' as CommonMessageId & MessageId, data: { message: manifestError } });
      },
    };
  }
  const findings = analysis.findings.get(rule);
  if (findings === undefined) return {};
  return {
    Program(): void {
      for (const finding of findings) {
        const { messageId, data } = getMessage(finding, messages, shapes);
        const suggest = (options.suggestions ? getSuggestions(analysis, finding, context.sourceCode.text) : []) as TSESLint.ReportSuggestionArray<MessageId>;
        context.report({
          loc: toLoc(finding),
          messageId,
          data,
          ...(suggest.length > 0 ? { suggest } : {}),
        });
      }
    },
  };
}

/** Finding locations are 1-based in lines and columns; ESLint's columns are 0-based. */
export function toLoc(finding: Finding): TSESTree.SourceLocation {
  const { line, column, endLine, endColumn } = finding.location;
  return { start: { line, column: column - 1 }, end: { line: endLine, column: endColumn - 1 } };
}

/** The data a message can name: SPEC §8's category id and sink, plus the nearest purpose and the law. */
export function getFindingData(finding: Finding): Record<string, string> {
  return {
    category: finding.category,
    label: finding.categoryLabel,
    sink: finding.sinkCall ?? finding.sink ?? '',
    sinkId: finding.sink ?? '',
    action: finding.action ?? '',
    purpose: finding.purpose ?? '',
    law: finding.law ?? '',
  };
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function getMessage<MessageId extends string>(finding: Finding, messages: Readonly<Record<MessageId, string>>, shapes: readonly MessageId[]): { messageId: MessageId; data: Record<string, string> } {
  const known = getFindingData(finding);
  for (const messageId of shapes) {
    const rest = matchTemplate(messages[messageId], known, finding.message);
    if (rest !== undefined) return { messageId, data: { ...known, ...rest } };
  }
  return { messageId: 'finding' as CommonMessageId & MessageId, data: { ...known, message: finding.message } };
}

/** A message template cut at its placeholders: literal text and placeholder names, alternately. */
interface TemplateParts {
  literals: string[];
  names: string[];
}

const templates = new Map<string, TemplateParts>();

function parseTemplate(template: string): TemplateParts {
  const parts: TemplateParts = { literals: [], names: [] };
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.literals.push(template.slice(last, match.index));
    parts.names.push(match[1]);
    last = match.index + match[0].length;
  }
  parts.literals.push(template.slice(last));
  return parts;
}

/**
 * Reads the one placeholder that is not known data (a reason, a restriction) out of the engine's
 * message: the template with the known data filled in is the text before and after it. Templates
 * of this plugin hold at most one such placeholder; one with more could not be read back.
 */
function matchTemplate(template: string, known: Readonly<Record<string, string>>, message: string): Record<string, string> | undefined {
  const { literals, names } = getCached(templates, template, parseTemplate);
  let before = literals[0];
  let after = '';
  let unknown: string | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name in known) {
      if (unknown === undefined) before += known[name];
      else after += known[name];
    } else if (unknown === undefined) {
      unknown = name;
    } else {
      throw new Error(`message template "${template}" has more than one placeholder that is not finding data`);
    }
    if (unknown === undefined) before += literals[i + 1];
    else after += literals[i + 1];
  }
  if (unknown === undefined) return message === before ? {} : undefined;
  if (message.length <= before.length + after.length || !message.startsWith(before) || !message.endsWith(after)) return undefined;
  return { [unknown]: message.slice(before.length, message.length - after.length) };
}

function getSuggestions(analysis: FileAnalysis, finding: Finding, text: string): Array<{ messageId: string; data: Record<string, string>; fix: TSESLint.ReportFixFunction }> {
  const { sourceFile, ts, policy } = analysis;
  // Fixes are offsets into ESLint's text: only when the AST was built from exactly that text.
  if (sourceFile === undefined || ts === undefined || policy === undefined || sourceFile.text !== text) return [];
  return getTransformSuggestions(ts, sourceFile, finding, policy).map((suggestion) => ({
    messageId: 'wrapInTransform',
    data: { expression: suggestion.expression, transform: suggestion.transform, kind: suggestion.kind },
    fix: (fixer) => suggestion.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
  }));
}
