import { getCached, newMap } from '../core/cached';
import type { Ref, RootRef } from './value';

/**
 * Refs are interned: one library path (with its base URL) is one object for the whole process, so
 * comparing two is `===`, and what is worked out about a path (its sinks, its key) is kept on it.
 * Every Ref is made here.
 */
const roots: Record<RootRef['kind'], Map<string, Ref>> = { module: new Map(), global: new Map(), receiver: new Map() };
const children = new WeakMap<Ref, Map<string, Ref>>();
const keys = new WeakMap<Ref, string>();

/** `winston`, `console`, `req`: a module, a global or a receiver, before any property is read. */
export function getRootRef(kind: RootRef['kind'], name: string): Ref {
  return getCached(roots[kind], name, makeRootRef, kind);
}

function makeRootRef(name: string, kind: RootRef['kind']): Ref {
  return { root: { kind, name }, path: [], baseUrl: undefined };
}

/** `ref` read one step further (a property, `()` or `new`); a base URL, once known, stays with the object. */
export function extendRef(ref: Ref, step: string, baseUrl: string | undefined = ref.baseUrl): Ref {
  // A module's `default` is what a default import gives, the module itself: `require('axios').default`,
  // `const { default: axios } = require('axios')` and `import { default as axios }` reach its sinks too.
  if (step === 'default' && ref.path.length === 0 && ref.root.kind === 'module') return ref;
  const key = baseUrl === ref.baseUrl ? step : `${step}\u0000${baseUrl ?? ''}`;
  const byStep = getCached(children, ref, newMap);
  return byStep.get(key) ?? addChild(byStep, key, { root: ref.root, path: [...ref.path, step], baseUrl });
}

function addChild(byStep: Map<string, Ref>, key: string, child: Ref): Ref {
  byStep.set(key, child);
  return child;
}

/** `module:winston:createLogger.().info` (without the base URL). */
export function getRefKey(ref: Ref): string {
  return getCached(keys, ref, () => `${ref.root.kind}:${ref.root.name}:${ref.path.join('.')}`);
}
