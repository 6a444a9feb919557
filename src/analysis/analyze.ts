import type * as ts from 'typescript';
import { getFlowCatalogue } from '../core/catalogue/flow-catalogue';
import { compareFindings, type Finding } from '../core/findings';
import type { Policy } from '../core/manifest/policy';
import { buildFindings, buildUnusedCollectionFindings, findHardcodedPii } from './build-findings';
import { Engine } from './engine';
import type { WorkspacePackage } from './scope';
import { findStaleDeclarations } from './stale-declarations';

export type TypeScript = typeof ts;

export interface AnalysisInput {
  /** The `typescript` module that produced the source files; its SyntaxKind is the only one used. */
  ts: TypeScript;
  sourceFiles: readonly ts.SourceFile[];
  /** Present in typed mode; used only at sink arguments that syntax leaves unexplained. */
  checker?: ts.TypeChecker;
  /** The workspace's packages by name, whose imports are followed like relative ones. */
  packages?: ReadonlyMap<string, WorkspacePackage>;
  policy: Policy;
  /** Directory that finding paths are relative to. */
  root: string;
  /** The input is the whole program, so rules that need it (stale-declaration) run too. */
  wholeProgram?: boolean;
  /** Whether findings carry the steps of their flow (SARIF codeFlows); an editor shows only the site. Default true. */
  flowSteps?: boolean;
}

export interface AnalysisOutput {
  findings: Finding[];
  /** Files left out as bundled or minified code, which callers report as a notification. */
  skippedFiles: string[];
}

/** The one analysis engine of SPEC §9, shared by the scanner and the ESLint plugin. */
export function analyze(input: AnalysisInput): AnalysisOutput {
  const catalogue = input.policy.manifest.catalogue;
  const flowSteps = input.flowSteps ?? true;
  const engine = new Engine({
    ts: input.ts,
    files: input.sourceFiles,
    checker: input.checker,
    packages: input.packages,
    catalogue,
    flows: getFlowCatalogue(),
    manifest: input.policy.manifest,
    flowSteps,
  });
  const context = { ts: input.ts, policy: input.policy, catalogue, root: input.root, flowSteps };
  const hits = engine.run();
  const findings = [...buildFindings(hits, context), ...findHardcodedPii(engine.literals, context)];
  if (input.wholeProgram) {
    findings.push(...findStaleDeclarations(hits, input.policy, input.root));
    findings.push(...buildUnusedCollectionFindings(engine.findUnusedCollections(hits), context));
  }
  return { findings: findings.sort(compareFindings), skippedFiles: engine.skippedFiles.map((file) => file.fileName) };
}
