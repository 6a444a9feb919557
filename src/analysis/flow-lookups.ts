import type { FlowCatalogue, SinkSpec, TransformKind } from '../core/catalogue/flow-catalogue';
import { isPathMatch, type PathPattern } from '../core/catalogue/path-pattern';
import { splitIdentifier } from '../core/classify';
import { getRefKey } from './refs';
import type { Ref } from './value';

/** Which schema builders a call is: collected fields (zod, yup, joi) or stored ones (mongoose, with its sink). */
export interface SchemaMatch {
  collects: boolean;
  /** The storage sink of each matching storage schema (undefined where the catalogue has none). */
  stores: ReadonlyArray<SinkSpec | undefined>;
}

interface Roots {
  modules: readonly string[];
  globals: readonly string[];
  receivers: readonly string[];
}

const NO_SCHEMA: SchemaMatch = { collects: false, stores: [] };

/**
 * The questions the engine asks the flow catalogue about a library path (`winston:createLogger.().info`),
 * answered once per process: the answers depend only on the path and the catalogue, and the ESLint
 * plugin builds one engine per file, so a per-engine cache would recompute them for every file.
 */
export class FlowLookups {
  private readonly sinks = new Map<string, readonly SinkSpec[]>();
  private readonly transforms = new Map<string, TransformKind | null>();
  private readonly schemas = new Map<string, SchemaMatch>();
  private readonly requestReads = new Map<string, boolean>();
  private readonly requestBodies = new Map<string, boolean>();
  private readonly getters = new Map<string, boolean>();
  private readonly verbs = new Map<string, TransformKind | null>();
  private readonly hosts = new Map<string, string | null>();
  private readonly assignSinks = new Map<string, readonly SinkSpec[]>();

  /** The sinks whose roots could match a ref, by the ref's root kind and name, in catalogue order. */
  private readonly sinksByRoot: Record<Ref['root']['kind'], Map<string, SinkSpec[]>> = { module: new Map(), global: new Map(), receiver: new Map() };

  constructor(private readonly flows: FlowCatalogue) {
    const add = (kind: Ref['root']['kind'], name: string, sink: SinkSpec) => {
      const list = this.sinksByRoot[kind].get(name) ?? [];
      if (list[list.length - 1] !== sink) list.push(sink);
      this.sinksByRoot[kind].set(name, list);
    };
    const firstSegment = (root: string) => root.split('.')[0];
    for (const sink of flows.sinks) {
      for (const module of sink.modules) add('module', module, sink);
      for (const root of sink.globals) add('global', firstSegment(root), sink);
      for (const root of sink.receivers) {
        add('global', firstSegment(root), sink);
        add('receiver', firstSegment(root), sink);
      }
    }
  }

  /** The sinks a call or construction (`op`) of `ref` is; a sink matched by import beats a guess from a receiver's name. */
  getSinks(ref: Ref, op: string): readonly SinkSpec[] {
    const key = `${getRefKey(ref)}:${op}`;
    let cached = this.sinks.get(key);
    if (cached === undefined) {
      const candidates = this.sinksByRoot[ref.root.kind].get(ref.root.name) ?? [];
      const matches = candidates.filter((sink) => isCallOf(sink, sink.calls, ref, op));
      const byImport = matches.filter((s) => s.modules.length > 0 || s.globals.length > 0);
      cached = byImport.length > 0 ? byImport : matches;
      this.sinks.set(key, cached);
    }
    return cached;
  }

  /** The sinks that assigning `property` on `ref` is (`window.location.href = …`). */
  getAssignSinks(ref: Ref, property: string): readonly SinkSpec[] {
    const key = `${getRefKey(ref)}:${property}`;
    let cached = this.assignSinks.get(key);
    if (cached === undefined) {
      cached = this.flows.sinks.filter((sink) => sink.assigns.includes(property) && getRemainder(sink, ref)?.length === 0);
      this.assignSinks.set(key, cached);
    }
    return cached;
  }

  /** The transform a library call is (`bcrypt.hash`, `crypto.createHash('md5')`), matched by import. */
  getModuleTransform(ref: Ref, op: string): TransformKind | undefined {
    if (ref.root.kind !== 'module') return undefined;
    const key = `${getRefKey(ref)}:${op}`;
    let cached = this.transforms.get(key);
    if (cached === undefined) {
      cached = this.flows.transforms.find((t) => isCallOf({ modules: t.modules, globals: [], receivers: [] }, t.calls, ref, op))?.kind ?? null;
      this.transforms.set(key, cached);
    }
    return cached ?? undefined;
  }

  /** What a callee's name says it does to its argument (`maskPan`, `encryptAadhaar`): the first word is the verb. */
  getVerbTransform(calleeText: string): TransformKind | undefined {
    let cached = this.verbs.get(calleeText);
    if (cached === undefined) {
      const verb = splitIdentifier(calleeText.slice(calleeText.lastIndexOf('.') + 1))[0];
      cached = (verb === undefined ? undefined : this.flows.transformVerbs.get(verb)) ?? null;
      this.verbs.set(calleeText, cached);
    }
    return cached ?? undefined;
  }

  /** Whether a call of `ref` builds a validation schema (its keys are collected) or a storage schema (stored). */
  getSchemaMatch(ref: Ref, op: string): SchemaMatch {
    const key = `${getRefKey(ref)}:${op}`;
    let cached = this.schemas.get(key);
    if (cached === undefined) {
      const isOf = (spec: { modules: readonly string[]; calls: readonly PathPattern[] }) => isCallOf({ modules: spec.modules, globals: [], receivers: [] }, spec.calls, ref, op);
      const collects = this.flows.schemas.some(isOf);
      const stores = this.flows.storageSchemas.filter(isOf).map((schema) => this.flows.sinks.find((s) => s.id === schema.id));
      cached = !collects && stores.length === 0 ? NO_SCHEMA : { collects, stores };
      this.schemas.set(key, cached);
    }
    return cached;
  }

  /** `req.body` read from `req`: a property of a request object that holds what the client sent. */
  isRequestRead(ref: Ref, name: string): boolean {
    if (ref.root.kind === 'module') return false;
    const key = `${getRefKey(ref)}:${name}`;
    let cached = this.requestReads.get(key);
    if (cached === undefined) {
      const dotted = [ref.root.name, ...ref.path].join('.');
      cached = this.flows.requests.some((spec) => spec.reads.has(name) && spec.receivers.includes(dotted));
      this.requestReads.set(key, cached);
    }
    return cached;
  }

  /** `await request.json()`, `ctx.request.body`: the result of the call is what the client sent. */
  isRequestBody(ref: Ref): boolean {
    if (ref.root.kind === 'module') return false;
    const key = getRefKey(ref);
    let cached = this.requestBodies.get(key);
    if (cached === undefined) {
      const dotted = [ref.root.name, ...ref.path];
      cached = this.flows.requests.some((spec) =>
        spec.bodies.length > 0 &&
        spec.receivers.some((receiver) => {
          const parts = receiver.split('.');
          if (!parts.every((p, i) => dotted[i] === p)) return false;
          const remainder = dotted.slice(parts.length);
          return spec.bodies.some((pattern) => isPathMatch(pattern, remainder));
        }),
      );
      this.requestBodies.set(key, cached);
    }
    return cached;
  }

  /** `req.get`, `formData.get`: a getter whose string argument names the field it reads. */
  isRequestGetter(ref: Ref): boolean {
    if (ref.root.kind === 'module') return false;
    const key = getRefKey(ref);
    let cached = this.getters.get(key);
    if (cached === undefined) {
      const dotted = [ref.root.name, ...ref.path];
      const method = dotted.pop();
      cached = method !== undefined && this.flows.requests.some((spec) => spec.getters.has(method) && spec.receivers.includes(dotted.join('.')));
      this.getters.set(key, cached);
    }
    return cached;
  }

  /** The host of an absolute URL, or null. */
  getHost(url: string): string | null {
    let cached = this.hosts.get(url);
    if (cached === undefined) {
      try {
        cached = new URL(url).hostname || null;
      } catch {
        cached = null;
      }
      this.hosts.set(url, cached);
    }
    return cached;
  }
}

const lookups = new WeakMap<FlowCatalogue, FlowLookups>();

export function getFlowLookups(flows: FlowCatalogue): FlowLookups {
  let found = lookups.get(flows);
  if (found === undefined) {
    found = new FlowLookups(flows);
    lookups.set(flows, found);
  }
  return found;
}

function isCallOf(roots: Roots, calls: readonly PathPattern[], ref: Ref, op: string): boolean {
  const remainder = getRemainder(roots, ref);
  return remainder !== undefined && calls.some((pattern) => isPathMatch(pattern, remainder) || isPathMatch(pattern, [...remainder, op]));
}

/** The path of `ref` below the spec's root (module, global or receiver), or undefined when the root is not the spec's. */
function getRemainder(spec: Roots, ref: Ref): readonly string[] | undefined {
  if (ref.root.kind === 'module') return spec.modules.includes(ref.root.name) ? ref.path : undefined;
  const dotted = [ref.root.name, ...ref.path];
  const roots = ref.root.kind === 'global' ? [...spec.globals, ...spec.receivers] : spec.receivers;
  for (const root of roots) {
    const parts = root.split('.');
    if (parts.length <= dotted.length && parts.every((p, i) => dotted[i] === p)) return dotted.slice(parts.length);
  }
  return undefined;
}
