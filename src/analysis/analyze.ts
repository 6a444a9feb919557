import type * as ts from 'typescript';
import type { Finding } from '../core/findings';
import type { Policy } from '../core/manifest/policy';

export type TypeScript = typeof ts;

export interface AnalysisInput {
  /** The `typescript` module that produced the source files; its SyntaxKind is the only one used. */
  ts: TypeScript;
  sourceFiles: readonly ts.SourceFile[];
  /** Present in typed mode; used only at sink arguments that syntax leaves unexplained. */
  checker?: ts.TypeChecker;
  policy: Policy;
  /** Directory that finding paths are relative to. */
  root: string;
}

export interface AnalysisOutput {
  findings: Finding[];
}

/** The one analysis engine of SPEC §9, shared by the scanner and the ESLint plugin. */
export function analyze(input: AnalysisInput): AnalysisOutput {
  void input;
  return { findings: [] };
}
