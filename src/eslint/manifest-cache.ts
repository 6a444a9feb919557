import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { getBuiltinCatalogue } from '../core/catalogue/load-catalogue';
import { findManifestIn, getEmptyManifest, loadManifest } from '../core/manifest/load-manifest';
import { ManifestError } from '../core/manifest/manifest-error';
import { createPolicy, type Policy } from '../core/manifest/policy';

/** A usable policy, or the one-line error of a bad manifest (SPEC §5), which the rules report instead of crashing ESLint. */
export type ManifestState = { policy: Policy; error?: undefined } | { policy?: undefined; error: string };

interface Loaded {
  mtimeMs: number;
  size: number;
  state: ManifestState;
}

/** Loaded manifests by absolute path: read once per process, read again when the file's mtime or size changes. */
const loaded = new Map<string, Loaded>();
/** Policies for trees without a manifest, by the directory their paths are relative to. */
const empty = new Map<string, Policy>();
/** Discovery answers by directory; short-lived, so a manifest created while an editor runs is found. */
const discovered = new Map<string, { manifest: string | undefined; at: number }>();
const DISCOVERY_TTL_MS = 2000;
/**
 * Manifests whose modification time was looked at in this turn of the event loop. ESLint's CLI lints
 * a batch of files in one turn (19 turns for the benchmark's 603 files), and an editor lints each
 * change in a turn of its own: one look per turn sees every edit before the next lint starts, and
 * spares a stat per file (45 µs each inside an `eslint .` run on the benchmark's machine).
 */
const checkedThisTurn = new Set<string>();
let isTurnEndScheduled = false;

export interface ManifestRequest {
  /** `settings.minimise.manifest`, as the user wrote it. */
  explicit?: string;
  /** ESLint's working directory: explicit paths are relative to it. */
  cwd: string;
  /** The linted file on disk. */
  file: string;
}

/** The policy for a linted file: `settings.minimise.manifest`, else the nearest manifest upwards, else none (SPEC §5). */
export function getManifestState(request: ManifestRequest): ManifestState {
  if (request.explicit !== undefined) return load(resolve(request.cwd, request.explicit), request.explicit, request.cwd);
  const found = discover(dirname(request.file));
  if (found !== undefined) return load(found, undefined, request.cwd);
  // No manifest: every flow is undeclared, and messages name paths from ESLint's working directory.
  const root = isBelow(request.cwd, request.file) ? request.cwd : dirname(request.file);
  let policy = empty.get(root);
  if (policy === undefined) {
    policy = createPolicy(getEmptyManifest(root, getBuiltinCatalogue()));
    empty.set(root, policy);
  }
  return { policy };
}

/** `explicit`: the path as the user wrote it, which errors name; else the path from ESLint's working directory. */
function load(path: string, explicit: string | undefined, cwd: string): ManifestState {
  const previous = loaded.get(path);
  if (previous !== undefined && checkedThisTurn.has(path)) return previous.state;
  let stats: { mtimeMs: number; size: number } | undefined;
  try {
    stats = statSync(path);
  } catch {
    stats = undefined;
  }
  if (stats !== undefined) markChecked(path);
  if (previous !== undefined && stats !== undefined && previous.mtimeMs === stats.mtimeMs && previous.size === stats.size) return previous.state;
  let state: ManifestState;
  try {
    state = { policy: createPolicy(loadManifest(path, getBuiltinCatalogue())) };
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    // Name the manifest as the user wrote it (or relative to ESLint's working directory), as the CLI does.
    const displayName = explicit ?? (isBelow(cwd, path) ? relative(cwd, path).split(sep).join('/') : path);
    state = { error: new ManifestError(error.problems.map((problem) => ({ ...problem, file: displayName }))).message };
  }
  // A missing file is not cached, so creating it is noticed on the next lint.
  if (stats !== undefined) loaded.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, state });
  return state;
}

function markChecked(path: string): void {
  // A runtime without setImmediate could never end the turn: there, every file looks again.
  if (typeof setImmediate !== 'function') return;
  checkedThisTurn.add(path);
  if (isTurnEndScheduled) return;
  isTurnEndScheduled = true;
  // unref: a pending check must not keep a process alive that has nothing else to do.
  setImmediate(endTurn).unref?.();
}

function endTurn(): void {
  checkedThisTurn.clear();
  isTurnEndScheduled = false;
}

/**
 * findManifest from `dir` upwards, remembering the answer for every directory on the way, so the
 * files of a tree cost one look per directory rather than one walk each.
 */
function discover(dir: string): string | undefined {
  const now = Date.now();
  const walked: string[] = [];
  let manifest: string | undefined;
  for (let current = dir; ; ) {
    const cached = discovered.get(current);
    if (cached !== undefined && now - cached.at < DISCOVERY_TTL_MS) {
      manifest = cached.manifest;
      break;
    }
    walked.push(current);
    const here = findManifestIn(current);
    if (here !== undefined) {
      manifest = here;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const walkedDir of walked) discovered.set(walkedDir, { manifest, at: now });
  return manifest;
}

function isBelow(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Forgets every loaded manifest (tests). */
export function clearManifestCache(): void {
  loaded.clear();
  empty.clear();
  discovered.clear();
  checkedThisTurn.clear();
}
