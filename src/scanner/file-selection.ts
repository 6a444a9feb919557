import micromatch from 'micromatch';
import type { Policy } from '../core/manifest/policy';
import { ScanError } from './scan-error';
import { hasPathSegment, isWithin, toRootRelative } from './paths';
import { isSourceFile } from './source-extensions';

export interface FileSelectionOptions {
  root: string;
  /** Absolute PATHs given on the command line. */
  paths: readonly string[];
  policy: Policy;
  /** Globs relative to the root; when any is given, only matching files are analysed. */
  include: readonly string[];
  exclude: readonly string[];
}

/** Which files get analysed (SPEC §6): under a PATH, a source file, not ignored, not excluded, included. */
export function createFileSelector(options: FileSelectionOptions): (file: string) => boolean {
  const isIncluded = options.include.length === 0 ? () => true : toMatcher(options.include, '--include');
  const isExcluded = options.exclude.length === 0 ? () => false : toMatcher(options.exclude, '--exclude');
  return (file) => {
    if (!isSourceFile(file) || hasPathSegment(file, 'node_modules')) return false;
    if (!options.paths.some((path) => isWithin(path, file))) return false;
    if (options.policy.isIgnored(file)) return false;
    const relative = toRootRelative(options.root, file);
    return isIncluded(relative) && !isExcluded(relative);
  };
}

function toMatcher(globs: readonly string[], flag: string): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    try {
      // Same options as the manifest's globs, so a pattern means the same in both places.
      return micromatch.matcher(glob, { dot: true });
    } catch (error) {
      throw new ScanError(`${flag} "${glob}" is not a valid glob: ${(error as Error).message}`);
    }
  });
  return (path) => matchers.some((matches) => matches(path));
}
