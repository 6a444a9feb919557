import { isAbsolute, relative, sep } from 'node:path';

/** SPEC §6: report paths are relative to the scan root and use forward slashes on every OS. */
export function toRootRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** True when `file` is `dir` itself or lies below it. */
export function isWithin(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  // A different drive on Windows gives an absolute "relative" path.
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export function hasPathSegment(file: string, segment: string): boolean {
  return file.split(/[\\/]/).includes(segment);
}
