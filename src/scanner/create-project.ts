import { statSync } from 'node:fs';
import { Project, ts, type SourceFile } from 'ts-morph';
import { findNearestTsconfig } from './find-tsconfig';
import { isWithin } from './paths';
import { readTsconfigTree, type TsconfigFiles } from './read-tsconfig';
import { isSourceFile } from './source-extensions';
import { walkSourceFiles } from './walk-source-files';

export interface ProjectOptions {
  /** Absolute, existing PATHs. */
  paths: readonly string[];
  /** `--project`: absolute path of a tsconfig.json used for every PATH. */
  tsconfig?: string;
  isTyped: boolean;
  isSelected: (file: string) => boolean;
  getDisplayPath: (file: string) => string;
  onFileAdded?: (done: number, total: number) => void;
}

export interface ScanProject {
  project: Project;
  /** The tsconfig files whose file lists were used, the chosen one (whose options apply) first. */
  tsconfigs: string[];
  /** PATHs that no tsconfig covers, whose files were found by walking the directory. */
  walkedPaths: string[];
  /** Files under a PATH that its nearest tsconfig covers but leaves out, found by walking it too. */
  outsideTsconfig: string[];
  /** The files to analyse, in a stable order. */
  selectedFiles: SelectedFile[];
}

export interface SelectedFile {
  /** Absolute path as the scanner found it (ts-morph normalises its own copy). */
  file: string;
  sourceFile: SourceFile;
}

/** For trees without a tsconfig: JavaScript too, nothing emitted, JSX kept as written. */
const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  noEmit: true,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  esModuleInterop: true,
  skipLibCheck: true,
};

/**
 * A ts-morph project for the PATHs. ts-morph only parses: the scanned code is never run or
 * imported. Typed mode loads every file of the tsconfigs (the checker needs the whole program);
 * syntax-only mode loads just the selected files, without lib files or import resolution.
 */
export function createScanProject(options: ProjectOptions): ScanProject {
  const plan = getFilePlan(options);
  const [mainConfig] = plan.tsconfigs;
  const project = new Project({
    // allowJs lets walked or named .js files into a typed program; the tsconfig's file list is already fixed.
    compilerOptions: mainConfig === undefined ? DEFAULT_COMPILER_OPTIONS : { ...mainConfig.options, noEmit: true, allowJs: true },
    skipLoadingLibFiles: !options.isTyped,
  });

  const toLoad = options.isTyped ? plan.files : plan.files.filter(options.isSelected);
  const selectedFiles: SelectedFile[] = [];
  toLoad.forEach((file, index) => {
    const sourceFile = project.addSourceFileAtPath(file);
    if (options.isSelected(file)) selectedFiles.push({ file, sourceFile });
    options.onFileAdded?.(index + 1, toLoad.length);
  });
  return { project, tsconfigs: plan.tsconfigs.map((config) => config.file), walkedPaths: plan.walkedPaths, outsideTsconfig: plan.outsideTsconfig, selectedFiles };
}

interface FilePlan {
  tsconfigs: TsconfigFiles[];
  walkedPaths: string[];
  outsideTsconfig: string[];
  files: string[];
}

/**
 * Each PATH takes its files from the nearest tsconfig (or `--project`) and the projects it
 * references; a PATH that config does not cover at all (a JS-only folder inside a TS repo) is walked.
 * The nearest tsconfig says how to read the code, not which code is the team's: the files it leaves
 * out under a PATH (an Express `server.js` beside a Vite app's `src`, scripts, unreferenced packages)
 * are walked and scanned too. `--project` names the files to scan as well as their settings.
 */
function getFilePlan(options: ProjectOptions): FilePlan {
  const tsconfigs: TsconfigFiles[] = [];
  const walkedPaths: string[] = [];
  const outsideTsconfig: string[] = [];
  const files = new Set<string>();
  const trees = new Map<string, TsconfigFiles[]>();
  const getTree = (config: string) => {
    let tree = trees.get(config);
    if (tree === undefined) {
      tree = readTsconfigTree(config, options.getDisplayPath);
      trees.set(config, tree);
    }
    return tree;
  };
  const useTree = (tree: readonly TsconfigFiles[]) => {
    for (const entry of tree) {
      if (!tsconfigs.some((used) => used.file === entry.file)) tsconfigs.push(entry);
      entry.fileNames.forEach((file) => files.add(file));
    }
  };

  for (const path of options.paths) {
    const config = options.tsconfig ?? findNearestTsconfig(path);
    const tree = config === undefined ? [] : getTree(config);
    const isCovered = tree.some((entry) => entry.fileNames.some((file) => isWithin(path, file)));
    if (!statSync(path).isDirectory()) {
      // A file named on the command line is scanned whatever the tsconfig includes.
      if (isSourceFile(path)) files.add(path);
      if (isCovered) useTree(tree);
    } else if (isCovered) {
      useTree(tree);
      if (options.tsconfig === undefined) {
        for (const file of walkSourceFiles(path)) {
          if (files.has(file)) continue;
          files.add(file);
          outsideTsconfig.push(file);
        }
      }
    } else {
      walkedPaths.push(path);
      walkSourceFiles(path).forEach((file) => files.add(file));
    }
  }
  return { tsconfigs, walkedPaths, outsideTsconfig, files: [...files] };
}
