import type { Action } from '../manifest/types';
import { parsePathPattern, type PathPattern } from './path-pattern';
import { readRuleFiles, RULES_DIR } from './read-rules';

/** Which part of a call's arguments carries the data: an index, or a property path inside one. */
export interface ArgSelector {
  index: number;
  property: readonly string[];
}

export interface SinkSpec {
  id: string;
  action: Exclude<Action, 'collect'>;
  kind: string;
  modules: readonly string[];
  globals: readonly string[];
  receivers: readonly string[];
  calls: readonly PathPattern[];
  assigns: readonly string[];
  /** undefined: every argument. */
  args?: readonly ArgSelector[];
  url?: number;
  /** The argument that names a stored column in a string (`table.string('email')`): the name is what is stored, not a value. */
  column?: number;
}

export type TransformKind = 'slow_hash' | 'keyed_hash' | 'fast_hash' | 'encrypt' | 'tokenize' | 'mask' | 'truncate';

export interface TransformSpec {
  kind: TransformKind;
  modules: readonly string[];
  calls: readonly PathPattern[];
}

export interface RequestSourceSpec {
  id: string;
  receivers: readonly string[];
  reads: ReadonlySet<string>;
  getters: ReadonlySet<string>;
  bodies: readonly PathPattern[];
}

export interface SchemaSpec {
  modules: readonly string[];
  calls: readonly PathPattern[];
}

export interface StorageSchemaSpec extends SchemaSpec {
  id: string;
  kind: string;
}

export interface FlowCatalogue {
  sinks: readonly SinkSpec[];
  transforms: readonly TransformSpec[];
  transformVerbs: ReadonlyMap<string, TransformKind>;
  requests: readonly RequestSourceSpec[];
  /** A handler parameter's type name (`({ body }: Request)`) → the receiver its fields are read as (`req`). */
  requestTypes: ReadonlyMap<string, string>;
  schemas: readonly SchemaSpec[];
  storageSchemas: readonly StorageSchemaSpec[];
  /** Calls that inject a service (`inject(HttpClient)`): what they return is known by the field's name alone. */
  injectors: readonly SchemaSpec[];
  dtoDecorators: ReadonlySet<string>;
  /** DTO decorators that only document a field (`@ApiProperty`): they count only in classes named for input. */
  docDecorators: ReadonlySet<string>;
  /** Class decorators of output types (`@ObjectType`): their fields are not collected. */
  outputClassDecorators: ReadonlySet<string>;
  entityDecorators: ReadonlySet<string>;
  controllerClassDecorators: ReadonlySet<string>;
  controllerMethodDecorators: ReadonlySet<string>;
  /** Parameter decorators whose string argument names the request field the parameter receives (`@Param('pan')`). */
  paramDecorators: ReadonlySet<string>;
  routeExports: ReadonlySet<string>;
  registrars: ReadonlySet<string>;
  formElements: ReadonlySet<string>;
}

interface RawSink {
  id: string;
  action: SinkSpec['action'];
  kind: string;
  module?: string | string[];
  global?: string | string[];
  receivers?: string[];
  calls?: string[];
  assigns?: string[];
  args?: Array<number | string>;
  url?: number;
  column?: number;
}

interface RawSources {
  requests: Array<{ id: string; receivers: string[]; reads?: string[]; getters?: string[]; bodies?: string[]; types?: string[] }>;
  schemas: Array<{ module: string | string[]; calls: string[] }>;
  dto_decorators: string[];
  doc_decorators?: string[];
  output_class_decorators?: string[];
  entity_decorators: string[];
  storage_schemas: Array<{ module: string | string[]; calls: string[]; kind: string; id: string }>;
  injectors?: Array<{ module: string | string[]; calls: string[] }>;
  controllers: { class_decorators: string[]; method_decorators: string[]; route_exports: string[]; param_decorators?: string[] };
  transforms: Array<{ kind: TransformKind; module: string | string[]; calls: string[] }>;
  transform_verbs: Record<string, string[]>;
  registrars: string[];
  form_elements: string[];
}

const toList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : ([] as string[]).concat(value));

/** `node:fs` and `fs` are one module. */
export function normaliseModuleName(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

export function compileFlowCatalogue(rawSinks: RawSink[], sources: RawSources): FlowCatalogue {
  const sinks = rawSinks.map((raw) => ({
    id: raw.id,
    action: raw.action,
    kind: raw.kind,
    modules: toList(raw.module).map(normaliseModuleName),
    globals: toList(raw.global),
    receivers: raw.receivers ?? [],
    calls: (raw.calls ?? []).map(parsePathPattern),
    assigns: raw.assigns ?? [],
    args: raw.args?.map(parseArgSelector),
    url: raw.url,
    column: raw.column,
  }));
  const transformVerbs = new Map<string, TransformKind>();
  for (const [kind, verbs] of Object.entries(sources.transform_verbs)) for (const verb of verbs) transformVerbs.set(verb, kind as TransformKind);
  return {
    sinks,
    transforms: sources.transforms.map((t) => ({ kind: t.kind, modules: toList(t.module).map(normaliseModuleName), calls: t.calls.map(parsePathPattern) })),
    transformVerbs,
    requests: sources.requests.map((r) => ({
      id: r.id,
      receivers: r.receivers,
      reads: new Set(r.reads ?? []),
      getters: new Set(r.getters ?? []),
      bodies: (r.bodies ?? []).map(parsePathPattern),
    })),
    requestTypes: new Map(sources.requests.flatMap((r) => (r.types ?? []).map((type): [string, string] => [type, r.receivers[0]!]))),
    schemas: sources.schemas.map((s) => ({ modules: toList(s.module).map(normaliseModuleName), calls: s.calls.map(parsePathPattern) })),
    storageSchemas: sources.storage_schemas.map((s) => ({ id: s.id, kind: s.kind, modules: toList(s.module).map(normaliseModuleName), calls: s.calls.map(parsePathPattern) })),
    injectors: (sources.injectors ?? []).map((s) => ({ modules: toList(s.module).map(normaliseModuleName), calls: s.calls.map(parsePathPattern) })),
    dtoDecorators: new Set(sources.dto_decorators),
    docDecorators: new Set(sources.doc_decorators ?? []),
    outputClassDecorators: new Set(sources.output_class_decorators ?? []),
    entityDecorators: new Set(sources.entity_decorators),
    controllerClassDecorators: new Set(sources.controllers.class_decorators),
    controllerMethodDecorators: new Set(sources.controllers.method_decorators),
    paramDecorators: new Set(sources.controllers.param_decorators ?? []),
    routeExports: new Set(sources.controllers.route_exports),
    registrars: new Set(sources.registrars),
    formElements: new Set(sources.form_elements),
  };
}

function parseArgSelector(selector: number | string): ArgSelector {
  if (typeof selector === 'number') return { index: selector, property: [] };
  const [index, ...property] = selector.split('.');
  return { index: Number(index), property };
}

let cached: FlowCatalogue | undefined;

/** rules/sinks.yaml and rules/sources.yaml, compiled once per process. */
export function getFlowCatalogue(rulesDir: string = RULES_DIR): FlowCatalogue {
  if (cached === undefined || rulesDir !== RULES_DIR) {
    const rules = readRuleFiles(rulesDir);
    const compiled = compileFlowCatalogue(rules.sinks as RawSink[], rules.sources as RawSources);
    if (rulesDir !== RULES_DIR) return compiled;
    cached = compiled;
  }
  return cached;
}
