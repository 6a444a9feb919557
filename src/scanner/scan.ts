import { performance } from 'node:perf_hooks';
import { ts } from 'ts-morph';
import { analyze, type TypeScript } from '../analysis/analyze';
import { getBuiltinCatalogue } from '../core/catalogue/load-catalogue';
import { compareFindings, type Notification } from '../core/findings';
import { getEmptyManifest, resolveManifest } from '../core/manifest/load-manifest';
import { createPolicy } from '../core/manifest/policy';
import type { Manifest } from '../core/manifest/types';
import { createScanProject } from './create-project';
import { createFileSelector } from './file-selection';
import { compareNotifications } from './notifications';
import { getParseNotification } from './parse-problems';
import { toRootRelative } from './paths';
import type { ScanResult } from './scan-result';
import { getToolInfo } from './tool-info';
import { findWorkspacePackages } from './workspace-packages';

export type ScanStage = 'loading' | 'types' | 'analysing';

export interface ScanOptions {
  /** Absolute, existing PATHs; the first one decides where the manifest is looked for. */
  paths: readonly string[];
  /** Absolute path of the tsconfig given with --project. */
  tsconfig?: string;
  /** The manifest given with --manifest, as the user wrote it (errors name it that way). */
  manifest?: string;
  include: readonly string[];
  exclude: readonly string[];
  isTyped: boolean;
  /**
   * `declared` (the default) checks every flow against the manifest. `all` keeps the manifest's
   * ignore, transforms, vault and categories but none of its purposes, so every flow is reported
   * (inventory). `none` scans as if no manifest existed, rooted at the first PATH (init, which
   * writes the first one).
   */
  purposes?: 'declared' | 'all' | 'none';
  /** How configuration errors name a file (relative to the working directory). */
  getDisplayPath: (file: string) => string;
  onProgress?: (stage: ScanStage, done: number, total: number) => void;
}

/** What --verbose prints; not part of the report, since it varies between runs and machines. */
export interface ScanDetails {
  tsconfigs: string[];
  walkedPaths: string[];
  /** How many files under a tsconfig's PATH that tsconfig leaves out (scanned all the same). */
  outsideTsconfig: number;
  projectFiles: number;
  selectedFiles: number;
  timings: Array<{ stage: string; ms: number }>;
}

export interface ScanOutcome {
  result: ScanResult;
  details: ScanDetails;
  /** The manifest the scan used, for reporters that need its catalogue (custom categories). */
  manifest: Manifest;
}

/** One whole-program scan: manifest, project, file selection, the engine, a sorted result. */
export function scan(options: ScanOptions): ScanOutcome {
  const started = performance.now();
  const timings: ScanDetails['timings'] = [];
  let stageStarted = started;
  const endStage = (stage: string) => {
    const now = performance.now();
    timings.push({ stage, ms: Math.round(now - stageStarted) });
    stageStarted = now;
  };

  const manifest = getScanManifest(options);
  const policy = createPolicy(manifest);
  // The manifest's directory when there is one; resolveManifest falls back to the first PATH's.
  const root = manifest.dir;
  const isSelected = createFileSelector({ root, paths: options.paths, policy, include: options.include, exclude: options.exclude });
  endStage('manifest');

  const { project, tsconfigs, walkedPaths, outsideTsconfig, selectedFiles } = createScanProject({
    paths: options.paths,
    tsconfig: options.tsconfig,
    isTyped: options.isTyped,
    isSelected,
    getDisplayPath: options.getDisplayPath,
    onFileAdded: (done, total) => options.onProgress?.('loading', done, total),
  });
  endStage('parse');

  const notifications: Notification[] = [];
  const sourceFiles: ts.SourceFile[] = [];
  for (const { file, sourceFile: { compilerNode: sourceFile } } of selectedFiles) {
    const problem = getParseNotification(ts, sourceFile, toRootRelative(root, file));
    if (problem === undefined) sourceFiles.push(sourceFile);
    else notifications.push(problem);
  }

  if (selectedFiles.length === 0) {
    notifications.push({ level: 'warning', message: 'no TypeScript or JavaScript file to analyse: check the PATHs, the tsconfig, the manifest\'s ignore and --include/--exclude' });
  }

  let checker: ts.TypeChecker | undefined;
  if (options.isTyped) {
    options.onProgress?.('types', 0, 1);
    checker = project.getTypeChecker().compilerObject;
    endStage('types');
  }

  options.onProgress?.('analysing', 0, 1);
  // ts-morph bundles its own copy of TypeScript; its typings differ from the `typescript` package's
  // only in name, and the engine must use this copy's SyntaxKind for these nodes (SPEC §9).
  const packages = findWorkspacePackages(sourceFiles.map((file) => file.fileName));
  const { findings, skippedFiles } = analyze({ ts: ts as unknown as TypeScript, sourceFiles, checker, packages, policy, root, wholeProgram: true });
  for (const file of skippedFiles) {
    notifications.push({ level: 'note', message: 'not analysed: minified or bundled code (a .min.js file, or lines averaging over 250 characters)', location: { file: toRootRelative(root, file), line: 1, column: 1, endLine: 1, endColumn: 1 } });
  }
  endStage('analyse');

  const result: ScanResult = {
    version: 1,
    tool: getToolInfo(),
    root,
    manifest: {
      file: manifest.file === undefined ? null : toRootRelative(root, manifest.file),
      purposes: manifest.purposes.map((purpose) => purpose.name),
    },
    findings: [...findings].sort(compareFindings),
    notifications: notifications.sort(compareNotifications),
    stats: { files: sourceFiles.length, durationMs: Math.round(performance.now() - started) },
  };
  const details: ScanDetails = {
    tsconfigs,
    walkedPaths,
    outsideTsconfig: outsideTsconfig.length,
    projectFiles: project.getSourceFiles().length,
    selectedFiles: selectedFiles.length,
    timings,
  };
  return { result, details, manifest };
}

function getScanManifest(options: ScanOptions): Manifest {
  const purposes = options.purposes ?? 'declared';
  if (purposes === 'none') return getEmptyManifest(options.paths[0], getBuiltinCatalogue());
  const manifest = resolveManifest(options.paths[0], getBuiltinCatalogue(), options.manifest);
  return purposes === 'all' ? { ...manifest, purposes: [] } : manifest;
}
