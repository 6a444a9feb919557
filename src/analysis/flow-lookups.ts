import { getCached, newMap } from '../core/cached';
import type { FlowCatalogue, SchemaSpec, SinkSpec, TransformKind } from '../core/catalogue/flow-catalogue';
import { isPathMatch, type PathPattern } from '../core/catalogue/path-pattern';
import { splitIdentifier } from '../core/classify';
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
  // Answers about a ref are kept by the ref itself (refs are interned), then by the op or name asked.
  private readonly sinks: RefCache<readonly SinkSpec[]> = new WeakMap();
  private readonly transforms: RefCache<TransformKind | undefined> = new WeakMap();
  private readonly schemas: RefCache<SchemaMatch> = new WeakMap();
  private readonly injectors: RefCache<boolean> = new WeakMap();
  private readonly requestReads: RefCache<boolean> = new WeakMap();
  private readonly requestBodies: RefCache<boolean> = new WeakMap();
  private readonly getters: RefCache<boolean> = new WeakMap();
  private readonly assignSinks: RefCache<readonly SinkSpec[]> = new WeakMap();
  private readonly verbs = new Map<string, TransformKind | null>();
  private readonly hosts = new Map<string, string | null>();

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
    return remember(this.sinks, ref, op, this.findSinks);
  }

  private readonly findSinks = (ref: Ref, op: string): readonly SinkSpec[] => {
    const candidates = this.sinksByRoot[ref.root.kind].get(ref.root.name) ?? [];
    const matches = candidates.filter((sink) => isCallOf(sink, sink.calls, ref, op));
    const byImport = matches.filter((s) => s.modules.length > 0 || s.globals.length > 0);
    return byImport.length > 0 ? byImport : matches;
  };

  /** The sinks that assigning `property` on `ref` is (`window.location.href = …`). */
  getAssignSinks(ref: Ref, property: string): readonly SinkSpec[] {
    return remember(this.assignSinks, ref, property, this.findAssignSinks);
  }

  private readonly findAssignSinks = (ref: Ref, property: string): readonly SinkSpec[] =>
    this.flows.sinks.filter((sink) => sink.assigns.includes(property) && getRemainder(sink, ref)?.length === 0);

  /** The transform a library call is (`bcrypt.hash`, `crypto.createHash('md5')`), matched by import. */
  getModuleTransform(ref: Ref, op: string): TransformKind | undefined {
    if (ref.root.kind !== 'module') return undefined;
    return remember(this.transforms, ref, op, this.findModuleTransform);
  }

  private readonly findModuleTransform = (ref: Ref, op: string): TransformKind | undefined =>
    this.flows.transforms.find((t) => isModuleCall(t, ref, op))?.kind;

  /**
   * What a callee's name says it does to its argument (`maskPan`, `encryptAadhaar`): the first word
   * is the verb. By the callee's last name (`info` of `logger.info`), which far fewer calls differ in.
   */
  getVerbTransform(name: string): TransformKind | undefined {
    return getCached(this.verbs, name, this.findVerbTransform) ?? undefined;
  }

  private readonly findVerbTransform = (name: string): TransformKind | null => {
    const words = splitIdentifier(name);
    if (words.length === 0) return null;
    // A verb and its object (`hashPassword`) before the verb alone (`maskPan`).
    return (words.length > 1 ? this.flows.transformVerbs.get(`${words[0]} ${words[1]}`) : undefined) ?? this.flows.transformVerbs.get(words[0]!) ?? null;
  };

  /** Whether a call of `ref` builds a validation schema (its keys are collected) or a storage schema (stored). */
  getSchemaMatch(ref: Ref, op: string): SchemaMatch {
    return remember(this.schemas, ref, op, this.findSchemaMatch);
  }

  private readonly findSchemaMatch = (ref: Ref, op: string): SchemaMatch => {
    const isOf = (spec: SchemaSpec) => isModuleCall(spec, ref, op);
    const collects = this.flows.schemas.some(isOf);
    const stores = this.flows.storageSchemas.filter(isOf).map((schema) => this.flows.sinks.find((s) => s.id === schema.id));
    return !collects && stores.length === 0 ? NO_SCHEMA : { collects, stores };
  };

  /** Whether a call of `ref` injects a service (`inject(HttpClient)`, matched by import). */
  isInjector(ref: Ref, op: string): boolean {
    if (ref.root.kind !== 'module') return false;
    return remember(this.injectors, ref, op, this.findInjector);
  }

  private readonly findInjector = (ref: Ref, op: string): boolean =>
    this.flows.injectors.some((spec) => isModuleCall(spec, ref, op));

  /** `req.body` read from `req`: a property of a request object that holds what the client sent. */
  isRequestRead(ref: Ref, name: string): boolean {
    if (ref.root.kind === 'module') return false;
    return remember(this.requestReads, ref, name, this.findRequestRead);
  }

  private readonly findRequestRead = (ref: Ref, name: string): boolean => {
    const dotted = [ref.root.name, ...ref.path].join('.');
    return this.flows.requests.some((spec) => spec.reads.has(name) && spec.receivers.includes(dotted));
  };

  /** `await request.json()`, `ctx.request.body`: the result of the call is what the client sent. */
  isRequestBody(ref: Ref): boolean {
    if (ref.root.kind === 'module') return false;
    return remember(this.requestBodies, ref, '', this.findRequestBody);
  }

  private readonly findRequestBody = (ref: Ref): boolean => {
    const dotted = [ref.root.name, ...ref.path];
    return this.flows.requests.some((spec) =>
      spec.bodies.length > 0 &&
      spec.receivers.some((receiver) => {
        const parts = receiver.split('.');
        if (!parts.every((p, i) => dotted[i] === p)) return false;
        const remainder = dotted.slice(parts.length);
        return spec.bodies.some((pattern) => isPathMatch(pattern, remainder));
      }),
    );
  };

  /** `req.get`, `formData.get`: a getter whose string argument names the field it reads. */
  isRequestGetter(ref: Ref): boolean {
    if (ref.root.kind === 'module') return false;
    return remember(this.getters, ref, '', this.findRequestGetter);
  }

  private readonly findRequestGetter = (ref: Ref): boolean => {
    const dotted = [ref.root.name, ...ref.path];
    const method = dotted.pop();
    return method !== undefined && this.flows.requests.some((spec) => spec.getters.has(method) && spec.receivers.includes(dotted.join('.')));
  };

  /** The host of an absolute URL, or null. */
  getHost(url: string): string | null {
    return getCached(this.hosts, url, () => {
      try {
        return new URL(url).hostname || null;
      } catch {
        return null;
      }
    });
  }
}

type RefCache<V> = WeakMap<Ref, Map<string, V>>;

/**
 * By ref, then by key; an answer may be undefined (no transform), so presence is asked with `has`.
 * `compute` is made once per FlowLookups: these run for every call and property read.
 */
function remember<V>(cache: RefCache<V>, ref: Ref, key: string, compute: (ref: Ref, key: string) => V): V {
  const byKey = getCached(cache, ref, newMap);
  const known = byKey.get(key);
  if (known !== undefined || byKey.has(key)) return known as V;
  const value = compute(ref, key);
  byKey.set(key, value);
  return value;
}

const lookups = new WeakMap<FlowCatalogue, FlowLookups>();

export function getFlowLookups(flows: FlowCatalogue): FlowLookups {
  return getCached(lookups, flows, () => new FlowLookups(flows));
}

/** A library call matched by import only (transforms, schemas, injectors). */
function isModuleCall(spec: SchemaSpec, ref: Ref, op: string): boolean {
  return isCallOf({ modules: spec.modules, globals: [], receivers: [] }, spec.calls, ref, op);
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
