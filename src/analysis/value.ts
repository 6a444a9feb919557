import type * as ts from 'typescript';
import { getRefKey } from './refs';

/** One place on the way from source to sink, turned into file:line:col when a finding is built. */
export interface Step {
  node: ts.Node;
  message: string;
}

/** A category a value carries, with how it got there. */
export interface Taint {
  category: string;
  steps: readonly Step[];
}

/** "Whatever the caller passes as parameter `index` (at `path` inside it)": how summaries stay symbolic. */
export interface ParamRef {
  fn: ts.Node;
  index: number;
  path: readonly string[];
  steps: readonly Step[];
}

export type RootRef =
  | { kind: 'module'; name: string }
  | { kind: 'global'; name: string }
  | { kind: 'receiver'; name: string };

/** What library object a value is: its root and the path of property reads, calls (`()`) and constructions (`new`). */
export interface Ref {
  root: RootRef;
  path: readonly string[];
  /** A base URL the object sends to (`axios.create({ baseURL })`). */
  baseUrl?: string;
}

export interface Value {
  taints: readonly Taint[];
  params: readonly ParamRef[];
  fields?: ReadonlyMap<string, Value>;
  ref?: Ref;
  /** A request container (`req.body`): reading a classified property from it is a collection. */
  request?: boolean;
  /**
   * The request container (`req.body`) whose whole content the value holds, kept through copies,
   * serialisation and objects (`JSON.stringify(req.body)`, `{ payload: req.body }`): at a sink it
   * carries every field the function reads from that container (request-containers.ts).
   */
  container?: Ref;
  /** A function the value is (`const audit = (x) => …`), for calls through variables. */
  fn?: ts.Node;
  /** A known string constant, for request URLs. */
  text?: string;
  /** The result of a transform that removed the data (slow hash, encryption, masking, tokenisation, last-4). */
  transformed?: boolean;
  /** Read from the application's own configuration (`process.env`, `env.*`, `config.*`): not a person's data. */
  config?: boolean;
}

/**
 * The empty lists that values without taints or parameters share. V8 stores an empty `[]` as an
 * array of small integers and a list of objects differently; code optimised for one kind of
 * array is thrown away when it meets the other. These empty lists are of the object kind, and
 * the functions here never store another empty list, so every list a value holds is of one kind.
 */
export function getEmptyList<T extends object>(): readonly T[] {
  const list: T[] = [{} as T];
  list.pop();
  return list;
}

/**
 * The analysis loops over arrays by index, not with `for…of`: each `for…of` adds the iterator
 * protocol's bytecode (a call to `next()` per element, and the code that closes the iterator), which
 * the interpreter runs on every file of a cold ESLint process and TurboFan compiles into every hot
 * function. Indexing them took 0.1 G instructions off a lint of the bench corpus.
 */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/**
 * `list.map(f)` as a loop. Optimised code makes Array.prototype.map's result a holey array, the
 * interpreter a packed one: lists that values hold, mixed, deoptimised the functions reading them.
 */
export function mapList<T, U>(list: ArrayLike<T>, f: (item: T) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < list.length; i++) mapped.push(f(list[i]));
  return mapped;
}

const NO_TAINTS = getEmptyList<Taint>();
const NO_PARAMS = getEmptyList<ParamRef>();
const NO_VALUES = getEmptyList<Value>();

/**
 * Every value is built here, so all have the same fields in the same order: V8 then reads them
 * with one object shape. Values of a dozen shapes made the hot functions (join, readProperty)
 * deoptimise and recompile three or four times in a lint of the bench corpus.
 */
export function createValue(parts: Partial<Value>): Value {
  return {
    taints: parts.taints ?? NO_TAINTS,
    params: parts.params ?? NO_PARAMS,
    fields: parts.fields,
    ref: parts.ref,
    request: parts.request,
    container: parts.container,
    fn: parts.fn,
    text: parts.text,
    transformed: parts.transformed,
    config: parts.config,
  };
}

/**
 * The commonest values, a reference, a string and a function, made without a `parts` object: each
 * caller's `parts` literal has a shape of its own, and reading nine properties from a dozen shapes
 * made createValue's loads megamorphic.
 */
function createLeafValue(ref: Ref | undefined, fn: ts.Node | undefined, text: string | undefined): Value {
  return { taints: NO_TAINTS, params: NO_PARAMS, fields: undefined, ref, request: undefined, container: undefined, fn, text, transformed: undefined, config: undefined };
}

export function refValue(ref: Ref | undefined): Value {
  return createLeafValue(ref, undefined, undefined);
}

export function fnValue(fn: ts.Node | undefined): Value {
  return createLeafValue(undefined, fn, undefined);
}

export function textValue(text: string): Value {
  return createLeafValue(undefined, undefined, text);
}

export const EMPTY: Value = createValue({});

const MAX_FIELDS_DEPTH = 3;
/**
 * Objects wider than this keep their data but lose their shape: minified bundles build objects
 * with thousands of keys, and following each one costs time without finding anything more.
 */
const MAX_FIELDS = 64;
/** Deeper parameter paths (`options.auth.auth.username`, grown by recursion) fold into their prefix. */
export const MAX_PARAM_PATH = 3;
const MAX_PARAMS = 32;
/** A flow's steps keep their beginning and end; recursion would otherwise lengthen them every pass. */
const MAX_STEPS = 12;

export function isEmpty(value: Value): boolean {
  return value.taints.length === 0 && value.params.length === 0 && value.fields === undefined && value.ref === undefined && !value.request && value.container === undefined && value.fn === undefined && value.text === undefined;
}

/** Union of what values carry; the first path found for a category is kept. */
export function join(...values: readonly Value[]): Value {
  // Most joins have at most one value that is not EMPTY: answered without allocating.
  let first: Value | undefined;
  let second: Value | undefined;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === EMPTY) continue;
    if (count === 0) first = value;
    else if (count === 1) second = value;
    count++;
  }
  if (count === 0) return EMPTY;
  if (count === 1) return first!;
  if (count === 2 && isSubsumed(second!, first!)) return first!;
  return joinAll(values);
}

/** join's general case, in plain loops: it runs hot, and closures made it costly to optimise. */
function joinAll(values: readonly Value[]): Value {
  const allTaints: Taint[] = [];
  const allParams: ParamRef[] = [];
  let withFields = 0;
  // An import says more than a guess from a name: `global.prisma || new PrismaClient()` is Prisma.
  let ref: Ref | undefined;
  let refRank = 0;
  let fn: ts.Node | undefined;
  // One constant joined with itself (the same declaration seen on every pass) stays that constant.
  let text: string | undefined;
  let textsDiffer = false;
  let request = false;
  let container: Ref | undefined;
  let config = false;
  let transformed = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === EMPTY) continue;
    pushAll(allTaints, value.taints);
    pushAll(allParams, value.params);
    if (value.fields !== undefined) withFields++;
    if (value.ref !== undefined) {
      const rank = value.ref.root.kind === 'module' ? 3 : value.ref.root.kind === 'global' ? 2 : 1;
      if (rank > refRank) {
        ref = value.ref;
        refRank = rank;
      }
    }
    if (fn === undefined) fn = value.fn;
    if (value.text !== undefined) {
      if (text === undefined) text = value.text;
      else if (text !== value.text) textsDiffer = true;
    }
    if (value.request) request = true;
    if (container === undefined) container = value.container;
    if (value.config) config = true;
    if (value.transformed) transformed = true;
  }
  const taints = mergeTaints(allTaints);
  return createValue({
    taints,
    params: mergeParams(allParams),
    fields: withFields === 0 ? undefined : joinFields(values),
    ref,
    request: request || undefined,
    container,
    fn,
    text: textsDiffer ? undefined : text,
    config: (config && taints.length === 0) || undefined,
    transformed: (transformed && taints.length === 0) || undefined,
  });
}

/** The fields of joined values, field by field (kept apart from joinAll: most joins have none). */
function joinFields(values: readonly Value[]): Map<string, Value> {
  const fields = new Map<string, Value>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value.fields === undefined) continue;
    for (const [name, field] of value.fields) {
      const existing = fields.get(name);
      if (existing !== undefined) fields.set(name, join(existing, field));
      else if (fields.size < MAX_FIELDS) fields.set(name, field);
    }
  }
  return fields;
}

/** The data of a value without what it is (a library object, a function): what flows on through `+`, templates, JSON.stringify. */
export function getData(value: Value): Value {
  if (value.container !== undefined) return createValue({ taints: value.taints, params: value.params, container: value.container });
  if (value.taints.length === 0 && value.params.length === 0) return value.config ? CONFIG : EMPTY;
  return createValue({ taints: value.taints, params: value.params });
}

export const CONFIG: Value = createValue({ config: true });

export function withStep(value: Value, node: ts.Node, message: string): Value {
  if (value.taints.length === 0 && value.params.length === 0) return value;
  const step = { node, message };
  return createValue({
    ...value,
    taints: value.taints.length === 0 ? NO_TAINTS : mapList(value.taints, (t) => ({ ...t, steps: appendStep(t.steps, step) })),
    params: value.params.length === 0 ? NO_PARAMS : mapList(value.params, (p) => ({ ...p, steps: appendStep(p.steps, step) })),
  });
}

export function appendStep(steps: readonly Step[], step: Step): Step[] {
  if (steps.length < MAX_STEPS) return [...steps, step];
  return [...steps.slice(0, MAX_STEPS / 2), ...steps.slice(steps.length - MAX_STEPS / 2 + 1), step];
}

export function getField(value: Value, name: string): Value | undefined {
  return value.fields?.get(name);
}

/** The field at `path` inside `value` (`args[0]` at `['data', 'email']`), if the value's fields are known that deep. */
export function getFieldAt(value: Value | undefined, path: readonly string[]): Value | undefined {
  for (let i = 0; i < path.length && value !== undefined; i++) value = value.fields?.get(path[i]);
  return value;
}

/** An object value from its fields, which it takes over (the caller must not change the map afterwards). */
export function makeObject(fields: Map<string, Value>, extra: readonly Value[] = NO_VALUES): Value {
  const taints: Taint[] = [];
  const params: ParamRef[] = [];
  // Nested objects were trimmed when they were made: most fit as they are, and the map is kept.
  let fits = fields.size <= MAX_FIELDS;
  let container: Ref | undefined;
  for (const value of fields.values()) {
    pushAll(taints, value.taints);
    pushAll(params, value.params);
    if (fits && value.fields !== undefined && getFieldsDepth(value) >= MAX_FIELDS_DEPTH) fits = false;
    if (container === undefined) container = value.container;
  }
  for (let i = 0; i < extra.length; i++) {
    pushAll(taints, extra[i].taints);
    pushAll(params, extra[i].params);
    if (container === undefined) container = extra[i].container;
  }
  return createValue({ taints: mergeTaints(taints), params: mergeParams(params), fields: fits ? fields : trimDepth(fields, MAX_FIELDS_DEPTH), container });
}

function trimDepth(fields: ReadonlyMap<string, Value>, depth: number): ReadonlyMap<string, Value> | undefined {
  if (depth === 0) return undefined;
  if (fields.size <= MAX_FIELDS && isShallowerThan(fields, depth)) return fields;
  const trimmed = new Map<string, Value>();
  for (const [name, value] of fields) {
    if (trimmed.size >= MAX_FIELDS) break;
    trimmed.set(name, value.fields === undefined || getFieldsDepth(value) < depth ? value : createValue({ ...value, fields: trimDepth(value.fields, depth - 1) }));
  }
  return trimmed;
}

function isShallowerThan(fields: ReadonlyMap<string, Value>, depth: number): boolean {
  for (const value of fields.values()) if (getFieldsDepth(value) >= depth) return false;
  return true;
}

const fieldsDepths = new WeakMap<Value, number>();

/** How many levels of known fields a value has (0 for none); values never change, so it is kept. */
function getFieldsDepth(value: Value): number {
  if (value.fields === undefined) return 0;
  let depth = fieldsDepths.get(value);
  if (depth === undefined) {
    depth = 1;
    for (const field of value.fields.values()) depth = Math.max(depth, 1 + getFieldsDepth(field));
    fieldsDepths.set(value, depth);
  }
  return depth;
}

function mergeTaints(taints: readonly Taint[]): readonly Taint[] {
  if (taints.length === 0) return NO_TAINTS;
  if (taints.length === 1) return taints;
  const byCategory = new Map<string, Taint>();
  for (let i = 0; i < taints.length; i++) {
    const taint = taints[i];
    const existing = byCategory.get(taint.category);
    if (existing === undefined || taint.steps.length < existing.steps.length) byCategory.set(taint.category, taint);
  }
  return [...byCategory.values()];
}

function mergeParams(params: readonly ParamRef[]): readonly ParamRef[] {
  if (params.length === 0) return NO_PARAMS;
  if (params.length === 1) return params;
  // Lists are short: a scan beats building a key for each.
  const merged: ParamRef[] = [];
  for (let j = 0; j < params.length; j++) {
    const param = params[j];
    if (merged.length >= MAX_PARAMS) break;
    let at = -1;
    for (let i = 0; i < merged.length && at === -1; i++) if (isSameParam(merged[i], param)) at = i;
    if (at === -1) merged.push(param);
    else if (param.steps.length < merged[at].steps.length) merged[at] = param;
  }
  return merged;
}

/** The same parameter of the same function, at the same path. */
function isSameParam(a: ParamRef, b: ParamRef): boolean {
  if (a.fn !== b.fn || a.index !== b.index || a.path.length !== b.path.length) return false;
  for (let i = 0; i < a.path.length; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}

const signatures = new WeakMap<Value, string>();

/** A fingerprint of what a value carries, to see when a fixpoint is reached; values never change, so it is kept. */
export function getSignature(value: Value, depth = MAX_FIELDS_DEPTH): string {
  if (depth === MAX_FIELDS_DEPTH) {
    const known = signatures.get(value);
    if (known !== undefined) return known;
    const computed = computeSignature(value, depth);
    signatures.set(value, computed);
    return computed;
  }
  return computeSignature(value, depth);
}

/** Whether `previous` already carries everything `value` does, so joining would change nothing. */
export function isSubsumed(value: Value, previous: Value, depth = MAX_FIELDS_DEPTH): boolean {
  if (value === previous || value === EMPTY) return true;
  for (let i = 0; i < value.taints.length; i++) if (!hasCategory(previous.taints, value.taints[i].category)) return false;
  for (let i = 0; i < value.params.length; i++) if (!hasParam(previous.params, value.params[i])) return false;
  if ((value.request && !previous.request) || (value.fn !== undefined && value.fn !== previous.fn)) return false;
  if (value.container !== undefined && value.container !== previous.container) return false;
  // Refs are interned (refs.ts): the same path and base URL is the same object.
  if (value.ref !== undefined && value.ref !== previous.ref) return false;
  if (value.text !== previous.text && value.text !== undefined) return false;
  if (Boolean(value.config) !== Boolean(previous.config) || Boolean(value.transformed) !== Boolean(previous.transformed)) return false;
  if (value.fields !== undefined) {
    if (previous.fields === undefined || depth === 0) return false;
    for (const [name, field] of value.fields) {
      const before = previous.fields.get(name);
      if (before === undefined || !isSubsumed(field, before, depth - 1)) return false;
    }
  }
  return true;
}

function hasCategory(taints: readonly Taint[], category: string): boolean {
  for (let i = 0; i < taints.length; i++) if (taints[i].category === category) return true;
  return false;
}

function hasParam(params: readonly ParamRef[], param: ParamRef): boolean {
  for (let i = 0; i < params.length; i++) if (isSameParam(params[i], param)) return true;
  return false;
}

function computeSignature(value: Value, depth: number): string {
  const parts = [
    value.taints.map((t) => t.category).sort().join(','),
    value.params.map((p) => `${p.index}.${p.path.join('.')}`).sort().join(','),
    value.fields === undefined || depth === 0 ? '' : [...value.fields.entries()].map(([k, v]) => `${k}{${computeSignature(v, depth - 1)}}`).sort().join(','),
    value.ref === undefined ? '' : `${getRefKey(value.ref)}:${value.ref.baseUrl ?? ''}`,
    value.request ? 'R' : '',
    value.fn === undefined ? '' : `F${value.fn.pos}`,
    value.text ?? '',
  ];
  return parts.join('|');
}
