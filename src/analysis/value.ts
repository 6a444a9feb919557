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
  /** A function the value is (`const audit = (x) => …`), for calls through variables. */
  fn?: ts.Node;
  /** A known string constant, for request URLs. */
  text?: string;
  /** The result of a transform that removed the data (slow hash, encryption, masking, tokenisation, last-4). */
  transformed?: boolean;
  /** Read from the application's own configuration (`process.env`, `env.*`, `config.*`): not a person's data. */
  config?: boolean;
}

export const EMPTY: Value = { taints: [], params: [] };

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
  return value.taints.length === 0 && value.params.length === 0 && value.fields === undefined && value.ref === undefined && !value.request && value.fn === undefined && value.text === undefined;
}

/** Union of what values carry; the first path found for a category is kept. */
export function join(...values: readonly Value[]): Value {
  // Most joins have at most one value that is not EMPTY: answered without allocating.
  let only: Value | undefined;
  let count = 0;
  for (const value of values) {
    if (value === EMPTY) continue;
    only = value;
    count++;
  }
  if (count === 0) return EMPTY;
  if (count === 1) return only!;
  const present = values.filter((v) => v !== EMPTY);
  if (present.length === 2 && isSubsumed(present[1], present[0])) return present[0];
  const allTaints: Taint[] = [];
  const allParams: ParamRef[] = [];
  for (const value of present) {
    for (const taint of value.taints) allTaints.push(taint);
    for (const param of value.params) allParams.push(param);
  }
  const taints = allTaints.length === 0 ? allTaints : mergeTaints(allTaints);
  const params = allParams.length === 0 ? allParams : mergeParams(allParams);
  let fields: Map<string, Value> | undefined;
  for (const value of present) {
    if (value.fields === undefined) continue;
    fields ??= new Map();
    for (const [name, field] of value.fields) {
      if (fields.has(name)) fields.set(name, join(fields.get(name)!, field));
      else if (fields.size < MAX_FIELDS) fields.set(name, field);
    }
  }
  // An import says more than a guess from a name: `global.prisma || new PrismaClient()` is Prisma.
  const rank = (v: Value) => (v.ref === undefined ? 0 : v.ref.root.kind === 'module' ? 3 : v.ref.root.kind === 'global' ? 2 : 1);
  const withRef = present.reduce<Value | undefined>((best, v) => (rank(v) > (best === undefined ? 0 : rank(best)) ? v : best), undefined);
  const withFn = present.find((v) => v.fn !== undefined);
  const texts = new Set(present.map((v) => v.text).filter((t) => t !== undefined));
  return {
    taints,
    params,
    fields,
    ref: withRef?.ref,
    request: present.some((v) => v.request) || undefined,
    fn: withFn?.fn,
    // One constant joined with itself (the same declaration seen on every pass) stays that constant.
    text: texts.size === 1 ? [...texts][0] : undefined,
    config: (present.some((v) => v.config) && taints.length === 0) || undefined,
    transformed: (present.some((v) => v.transformed) && taints.length === 0) || undefined,
  };
}

/** The data of a value without what it is (a library object, a function): what flows on through `+`, templates, JSON.stringify. */
export function getData(value: Value): Value {
  if (value.taints.length === 0 && value.params.length === 0) return value.config ? CONFIG : EMPTY;
  return { taints: value.taints, params: value.params };
}

export const CONFIG: Value = { taints: [], params: [], config: true };

export function withStep(value: Value, node: ts.Node, message: string): Value {
  if (value.taints.length === 0 && value.params.length === 0) return value;
  const step = { node, message };
  return {
    ...value,
    taints: value.taints.map((t) => ({ ...t, steps: appendStep(t.steps, step) })),
    params: value.params.map((p) => ({ ...p, steps: appendStep(p.steps, step) })),
  };
}

export function appendStep(steps: readonly Step[], step: Step): Step[] {
  if (steps.length < MAX_STEPS) return [...steps, step];
  return [...steps.slice(0, MAX_STEPS / 2), ...steps.slice(steps.length - MAX_STEPS / 2 + 1), step];
}

export function getField(value: Value, name: string): Value | undefined {
  return value.fields?.get(name);
}

/** An object value from its fields, which it takes over (the caller must not change the map afterwards). */
export function makeObject(fields: Map<string, Value>, extra: readonly Value[] = []): Value {
  const taints: Taint[] = [];
  const params: ParamRef[] = [];
  const collect = (value: Value) => {
    for (const taint of value.taints) taints.push(taint);
    for (const param of value.params) params.push(param);
  };
  for (const value of fields.values()) collect(value);
  for (const value of extra) collect(value);
  return { taints: mergeTaints(taints), params: mergeParams(params), fields: trimDepth(fields, MAX_FIELDS_DEPTH) };
}

function trimDepth(fields: ReadonlyMap<string, Value>, depth: number): ReadonlyMap<string, Value> | undefined {
  if (depth === 0) return undefined;
  // Nested objects were trimmed when they were made: most fit as they are, and the map is kept.
  if (fields.size <= MAX_FIELDS && [...fields.values()].every((value) => getFieldsDepth(value) < depth)) return fields;
  const trimmed = new Map<string, Value>();
  for (const [name, value] of fields) {
    if (trimmed.size >= MAX_FIELDS) break;
    trimmed.set(name, value.fields === undefined || getFieldsDepth(value) < depth ? value : { ...value, fields: trimDepth(value.fields, depth - 1) });
  }
  return trimmed;
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
  if (taints.length <= 1) return taints;
  const byCategory = new Map<string, Taint>();
  for (const taint of taints) {
    const existing = byCategory.get(taint.category);
    if (existing === undefined || taint.steps.length < existing.steps.length) byCategory.set(taint.category, taint);
  }
  return [...byCategory.values()];
}

function mergeParams(params: readonly ParamRef[]): readonly ParamRef[] {
  if (params.length <= 1) return params;
  const byKey = new Map<string, ParamRef>();
  for (const param of params) {
    if (byKey.size >= MAX_PARAMS) break;
    const key = `${param.index}:${param.path.join('.')}:${(param.fn as { pos: number }).pos}:${(param.fn as { end: number }).end}`;
    const existing = byKey.get(key);
    if (existing === undefined || param.steps.length < existing.steps.length) byKey.set(key, param);
  }
  return [...byKey.values()];
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
  if (value.taints.some((t) => !previous.taints.some((p) => p.category === t.category))) return false;
  if (value.params.some((v) => !previous.params.some((p) => p.fn === v.fn && p.index === v.index && p.path.join('.') === v.path.join('.')))) return false;
  if ((value.request && !previous.request) || (value.fn !== undefined && value.fn !== previous.fn)) return false;
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
