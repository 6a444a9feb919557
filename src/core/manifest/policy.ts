import { relative, resolve, sep } from 'node:path';
import micromatch from 'micromatch';
import { getCachedWithin } from '../cached';
import { RULE_BY_ACTION, type RuleName } from '../rules';
import type { Action, Manifest, Purpose } from './types';

export interface FlowTarget {
  /** The sink's catalogue id (`winston`, `aws-s3`, `segment`) and its store kind or vendor (`s3`, `segment`). */
  ids: readonly string[];
  /** Host of the request URL; null when it could not be resolved from literals, constants or a baseURL. */
  host?: string | null;
}

export interface Flow {
  category: string;
  action: Action;
  /** The site's file: absolute, or relative to the manifest's directory. */
  file: string;
  target?: FlowTarget;
}

export type Condition = 'category' | 'action' | 'path' | 'recipient' | 'store';

export interface NearestPurpose {
  purpose: string;
  /** The conditions of the purpose this flow does not meet. */
  missing: readonly Condition[];
}

export type Decision =
  | { allowed: true; purpose: string }
  | { allowed: false; rule: RuleName; nearest?: NearestPurpose; hostUnresolved: boolean };

export interface Policy {
  manifest: Manifest;
  evaluate(flow: Flow): Decision;
  /** The site's path relative to the manifest, with forward slashes, as globs see it. */
  getRelativePath(file: string): string;
  isInVault(file: string): boolean;
  /** Every purpose that allows the flow, not only the first. */
  getAllowingPurposes(flow: Flow): Purpose[];
  isIgnored(file: string): boolean;
}

type Matcher = (path: string) => boolean;

interface CompiledPurpose {
  purpose: Purpose;
  matchesPath: Matcher;
}

const GLOB_OPTIONS = { dot: true } as const;

const isNever = (): boolean => false;

/** Compiles a manifest's globs once; `evaluate` then answers SPEC §5 for each flow. */
export function createPolicy(manifest: Manifest): Policy {
  const compiled: CompiledPurpose[] = manifest.purposes.map((purpose) => ({
    purpose,
    matchesPath: purpose.paths === undefined ? () => true : toMatcher(purpose.paths),
  }));
  const matchesVault = toMatcher(manifest.vaultPaths);
  const matchesIgnore = toMatcher(manifest.ignore);
  // Every flow of a file asks for the file's path, several times: it is worked out once.
  const relativePaths = new Map<string, string>();
  const makeRelativePath = (file: string) => relative(manifest.dir, resolve(manifest.dir, file)).split(sep).join('/');
  const getRelativePath = (file: string) => getCachedWithin(relativePaths, 10_000, file, makeRelativePath);
  // And whether each purpose's paths take it in: glob matching, once per file rather than per flow.
  const pathMatches = new Map<string, readonly boolean[]>();
  const makePathMatches = (path: string) => compiled.map(({ matchesPath }) => matchesPath(path));
  const getPathMatches = (path: string) => getCachedWithin(pathMatches, 10_000, path, makePathMatches);
  // A file's flows come in a row (its hits are decided together): the last file's answer is at hand.
  let lastFile: string | undefined;
  let lastFileMatches: readonly boolean[] = [];
  const getFileMatches = (file: string): readonly boolean[] => {
    if (file !== lastFile) {
      lastFileMatches = getPathMatches(getRelativePath(file));
      lastFile = file;
    }
    return lastFileMatches;
  };

  return {
    manifest,
    getRelativePath,
    // Most manifests list no vault or ignore paths: then no file's path need be worked out to answer.
    isInVault: manifest.vaultPaths.length === 0 ? isNever : (file) => matchesVault(getRelativePath(file)),
    isIgnored: manifest.ignore.length === 0 ? isNever : (file) => matchesIgnore(getRelativePath(file)),
    getAllowingPurposes(flow) {
      const inPaths = getFileMatches(flow.file);
      return compiled.filter(({ purpose }, index) => getMissingConditions(purpose, inPaths[index], flow).length === 0).map((c) => c.purpose);
    },
    evaluate(flow) {
      const inPaths = getFileMatches(flow.file);
      let nearest: { purpose: string; missing: Condition[]; score: number } | undefined;
      for (let index = 0; index < compiled.length; index++) {
        const { purpose } = compiled[index];
        const missing = getMissingConditions(purpose, inPaths[index], flow);
        if (missing.length === 0) return { allowed: true, purpose: purpose.name };
        const score = 5 - missing.length + (missing.includes('category') ? 0 : 0.5);
        if (nearest === undefined || score > nearest.score) nearest = { purpose: purpose.name, missing, score };
      }
      const hostUnresolved = flow.action === 'transmit' && flow.target?.host === null;
      const almost = nearest !== undefined && nearest.missing.length <= 2 ? { purpose: nearest.purpose, missing: nearest.missing } : undefined;
      return { allowed: false, rule: RULE_BY_ACTION[flow.action], nearest: almost, hostUnresolved };
    },
  };
}

/** A declared id covers itself and its children: `user.government_id` covers `user.government_id.pan`. */
export function isCategoryCovered(declared: string, category: string): boolean {
  return category === declared || category.startsWith(`${declared}.`);
}

function getMissingConditions(purpose: Purpose, isInPaths: boolean, flow: Flow): Condition[] {
  const missing: Condition[] = [];
  if (!purpose.data.some((declared) => isCategoryCovered(declared, flow.category))) missing.push('category');
  if (!purpose.actions.includes(flow.action)) missing.push('action');
  if (!isInPaths) missing.push('path');
  if (flow.action === 'transmit' && purpose.recipients !== undefined && !isRecipientAllowed(purpose.recipients, flow.target)) {
    missing.push('recipient');
  }
  if (flow.action === 'store' && purpose.stores !== undefined && !isStoreAllowed(purpose.stores, flow.target)) missing.push('store');
  return missing;
}

function isRecipientAllowed(recipients: readonly string[], target: FlowTarget | undefined): boolean {
  if (target === undefined) return false;
  const ids = new Set(target.ids.map((id) => id.toLowerCase()));
  return recipients.some((entry) => {
    const wanted = entry.toLowerCase();
    if (ids.has(wanted)) return true;
    return typeof target.host === 'string' && micromatch.isMatch(target.host.toLowerCase(), wanted);
  });
}

function isStoreAllowed(stores: readonly string[], target: FlowTarget | undefined): boolean {
  if (target === undefined) return false;
  const ids = new Set(target.ids.map((id) => id.toLowerCase()));
  return stores.some((entry) => ids.has(entry.toLowerCase()));
}

/**
 * One matcher per glob: wrapping globs in `{a,b}` breaks a single glob (`{src/kyc/**}` matches
 * nothing) and extglobs such as `@(a|b)`.
 */
function toMatcher(globs: readonly string[]): Matcher {
  const matchers = globs.map((glob) => micromatch.matcher(glob, GLOB_OPTIONS));
  return (path) => matchers.some((matches) => matches(path));
}
