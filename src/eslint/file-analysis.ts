import { isAbsolute, relative, resolve, sep } from 'node:path';
import type * as ts from 'typescript';
import { analyze, type TypeScript } from '../analysis/analyze';
import type { Finding } from '../core/findings';
import type { Policy } from '../core/manifest/policy';
import type { RuleName } from '../core/rules';
import { getManifestState } from './manifest-cache';
import { getTypeScript, hasSyntaxErrors, parseSourceFile } from './typescript';

/** What the rules of one file share: the engine runs once per file per lint, whichever rules are on. */
export interface FileAnalysis {
  /** This file's findings by rule. */
  findings: ReadonlyMap<RuleName, readonly Finding[]>;
  /** A bad manifest's one-line error (SPEC §5). */
  manifestError?: string;
  /** Set by the first rule that reports the manifest error, so a file shows it once. */
  manifestErrorReported: boolean;
  /** The TypeScript AST the findings refer to, for suggestions. */
  sourceFile?: ts.SourceFile;
  ts?: TypeScript;
  policy?: Policy;
  /** Whether the type checker took part. */
  typed: boolean;
}

/** The part of ESLint's rule context the analysis reads (the same in ESLint 9 and 10). */
export interface LintedFile {
  cwd: string;
  filename: string;
  physicalFilename: string;
  settings: Readonly<Record<string, unknown>>;
  sourceCode: {
    text: string;
    ast: object;
    parserServices?: Partial<ParserServicesLike>;
  };
}

interface ParserServicesLike {
  program: ts.Program | null;
  esTreeNodeToTSNodeMap: { get(node: object): unknown };
}

const cache = new WeakMap<object, FileAnalysis>();

const DECLARATION_FILE = /\.d\.[cm]?ts$|\.d\.[^.]+\.ts$/;

/** The findings of the linted file, computed by the first rule that asks and shared with the others. */
export function getFileAnalysis(context: LintedFile): FileAnalysis {
  const key = context.sourceCode;
  let analysis = cache.get(key);
  if (analysis === undefined) {
    analysis = computeFileAnalysis(context);
    cache.set(key, analysis);
  }
  return analysis;
}

function computeFileAnalysis(context: LintedFile): FileAnalysis {
  const none: FileAnalysis = { findings: new Map(), manifestErrorReported: false, typed: false };
  const filename = resolve(context.cwd, context.filename);
  const physical = context.physicalFilename === context.filename ? filename : resolve(context.cwd, context.physicalFilename);
  if (DECLARATION_FILE.test(filename)) return none;

  const settings = (context.settings.minimise ?? {}) as { manifest?: unknown };
  const explicit = typeof settings.manifest === 'string' ? settings.manifest : undefined;
  const state = getManifestState({ explicit, cwd: context.cwd, file: physical });
  if (state.error !== undefined) return { ...none, manifestError: state.error };
  const { policy } = state;
  // The manifest's `ignore` leaves a file out of the scan; the editor agrees.
  if (policy.isIgnored(filename)) return { ...none, policy };

  const input = getTypeScriptInput(context, filename);
  if (input === undefined) return { ...none, policy };
  const root = policy.manifest.dir;
  const { findings } = analyze({ ts: input.ts, sourceFiles: [input.sourceFile], checker: input.checker, policy, root, flowSteps: false });
  const byRule = new Map<RuleName, Finding[]>();
  // A file without findings never needs its path relative to the manifest.
  const own = findings.length === 0 ? '' : toRelative(root, filename);
  for (const finding of findings) {
    if (finding.location.file !== own) continue;
    const list = byRule.get(finding.rule) ?? [];
    list.push(finding);
    byRule.set(finding.rule, list);
  }
  return { findings: byRule, manifestErrorReported: false, sourceFile: input.sourceFile, ts: input.ts, policy, typed: input.checker !== undefined };
}

interface TypeScriptInput {
  ts: TypeScript;
  sourceFile: ts.SourceFile;
  checker?: ts.TypeChecker;
}

/**
 * The file's TypeScript AST: from typescript-eslint's program (typed, with its checker), else from
 * its node map (the parser without a project), else parsed from ESLint's text (espree and others).
 * Nodes of one TypeScript copy are only ever read with that copy's SyntaxKind.
 */
function getTypeScriptInput(context: LintedFile, filename: string): TypeScriptInput | undefined {
  const tsModule = getTypeScript();
  const { sourceCode } = context;
  const services = sourceCode.parserServices;
  const isUsable = (node: unknown): node is ts.SourceFile => {
    const file = node as ts.SourceFile | undefined;
    return file !== undefined && file !== null && file.kind === tsModule.SyntaxKind.SourceFile && (file.fileName === filename || resolve(file.fileName) === filename) && file.text === sourceCode.text;
  };

  const program = services?.program ?? undefined;
  if (program !== undefined) {
    const fromProgram = program.getSourceFile(filename) ?? program.getSourceFile(filename.split(sep).join('/'));
    if (isUsable(fromProgram)) return { ts: tsModule, sourceFile: fromProgram, checker: program.getTypeChecker() };
  }
  const mapped = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast);
  if (isUsable(mapped) && mapped.statements.every((statement) => statement.parent === mapped)) return { ts: tsModule, sourceFile: mapped };

  const parsed = parseSourceFile(tsModule, filename, sourceCode.text);
  // As the scanner does: an AST recovered from broken syntax would give findings at made-up places.
  return hasSyntaxErrors(parsed) ? undefined : { ts: tsModule, sourceFile: parsed };
}

function toRelative(root: string, file: string): string {
  const rel = relative(root, file);
  return (isAbsolute(rel) ? file : rel).split(sep).join('/');
}
