import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import type { Finding } from '../core/findings';
import type { ScanResult } from './scan-result';
import { isSourceFile } from './source-extensions';

/** What the code around one finding says, for code frames and for fingerprints that survive line shifts. */
export interface FindingSite {
  /** The source line the site starts on, without its line break; undefined when the file cannot be read. */
  sourceLine?: string;
  /** The site's own text with every run of white space made one space: what the code says, wherever it stands. */
  text: string;
  /** The named declarations around the site, outermost first (`KycController.submit`); '' at the top level. */
  scope: string;
}

type ReadText = (file: string) => string | undefined;

/**
 * One FindingSite per finding, in order. Reads each file that has findings once, after the scan,
 * so the ScanResult stays plain data and reporters stay pure functions of what they are given.
 */
export function getFindingSites(result: ScanResult, readText: ReadText = (file) => readOrUndefined(join(result.root, file))): FindingSite[] {
  const files = new Map<string, ParsedFile | undefined>();
  const getFile = (file: string) => {
    if (!files.has(file)) {
      const text = readText(file);
      files.set(file, text === undefined ? undefined : parseFile(file, text));
    }
    return files.get(file);
  };
  return result.findings.map((finding) => describeSite(finding, getFile(finding.location.file)));
}

interface ParsedFile {
  text: string;
  lineStarts: number[];
  /** Absent for files that are not code (a finding on minimise.yaml). */
  sourceFile?: ts.SourceFile;
}

function parseFile(file: string, text: string): ParsedFile {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  // Parent pointers are needed to walk from the site up to its enclosing declarations.
  const sourceFile = isSourceFile(file) ? ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, getScriptKind(file)) : undefined;
  return { text, lineStarts, sourceFile };
}

function getScriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (file.endsWith('.jsx')) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

function describeSite(finding: Finding, file: ParsedFile | undefined): FindingSite {
  if (file === undefined) return { text: '', scope: '' };
  const { location } = finding;
  const start = getOffset(file, location.line, location.column);
  const end = Math.max(start, getOffset(file, location.endLine, location.endColumn));
  const lineEnd = file.text.indexOf('\n', file.lineStarts[location.line - 1] ?? file.text.length);
  const sourceLine = file.text.slice(file.lineStarts[location.line - 1] ?? file.text.length, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  return {
    sourceLine,
    text: file.text.slice(start, end).replace(/\s+/g, ' ').trim(),
    scope: file.sourceFile === undefined ? '' : getScope(file.sourceFile, start),
  };
}

function getOffset(file: ParsedFile, line: number, column: number): number {
  const lineStart = file.lineStarts[Math.min(Math.max(line, 1), file.lineStarts.length) - 1];
  return Math.min(lineStart + Math.max(column, 1) - 1, file.text.length);
}

function getScope(sourceFile: ts.SourceFile, position: number): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = getInnermostNode(sourceFile, position); node !== undefined; node = node.parent) {
    const name = getDeclarationName(node, sourceFile);
    if (name !== undefined) names.unshift(name);
  }
  return names.join('.');
}

function getInnermostNode(sourceFile: ts.SourceFile, position: number): ts.Node {
  let current: ts.Node = sourceFile;
  for (;;) {
    const child = current.getChildren(sourceFile).find((node) => node.getStart(sourceFile) <= position && position < node.getEnd());
    if (child === undefined) return current;
    current = child;
  }
}

/** The name a reader would use for a function or class; anonymous callbacks are named by the call they are passed to. */
function getDeclarationName(node: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  if (ts.isClassLike(node) || ts.isFunctionDeclaration(node) || ts.isModuleDeclaration(node)) return node.name?.getText(sourceFile);
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) return node.name.getText(sourceFile);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return undefined;
  if (ts.isFunctionExpression(node) && node.name !== undefined) return node.name.text;
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) {
    return parent.name.getText(sourceFile);
  }
  if (ts.isBinaryExpression(parent) && parent.right === node) return compact(parent.left.getText(sourceFile));
  if (ts.isCallExpression(parent)) {
    // `router.post('/kyc', async (req, res) => …)` reads as the handler of router.post('/kyc').
    const [first] = parent.arguments;
    const label = first !== undefined && ts.isStringLiteralLike(first) ? `(${JSON.stringify(first.text)})` : '()';
    return `${compact(parent.expression.getText(sourceFile))}${label}`;
  }
  return undefined;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '').slice(0, 80);
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
