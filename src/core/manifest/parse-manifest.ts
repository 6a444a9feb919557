import type { ErrorObject } from 'ajv/dist/2020';
import micromatch from 'micromatch';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { extendCatalogue } from '../catalogue/compile-catalogue';
import type { Catalogue, CustomCategorySpec } from '../catalogue/types';
import { getClosest, getDidYouMean } from '../text/did-you-mean';
import { ManifestError, type ManifestProblem } from './manifest-error';
import { getManifestValidator } from './manifest-validator';
import { TRANSFORM_KINDS, type Action, type Manifest, type Purpose, type TransformKind } from './types';

interface RawPurpose {
  description?: string;
  basis?: string;
  data: string[];
  actions: Action[];
  paths?: string[];
  recipients?: string[];
  stores?: string[];
  retention?: string;
}

interface RawManifest {
  version: 1;
  purposes: Record<string, RawPurpose>;
  vault?: { paths: string[] };
  transforms?: Partial<Record<TransformKind, string[]>>;
  categories?: Record<string, CustomCategorySpec>;
  ignore?: string[];
}

type Path = Array<string | number>;

/**
 * Parses and checks a manifest's text (YAML, or JSON, which YAML 1.2 reads too). Every problem
 * carries its line and column; the first one becomes the ManifestError's message.
 */
export function parseManifest(text: string, file: string, dir: string, builtin: Catalogue): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, message: string): ManifestProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message };
  };

  if (doc.errors.length > 0) {
    throw new ManifestError(doc.errors.map((error) => at(error.pos[0], describeYamlError(doc, error.code, error.message, error.pos[0]))));
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    // Point at the document's content, past any leading comments or blank lines.
    const start = (doc.contents as Node | null)?.range?.[0] ?? 0;
    throw new ManifestError([at(start, 'expected a mapping with "version: 1" and "purposes"')]);
  }

  const validate = getManifestValidator([...builtin.categories.keys()]);
  const problems: ManifestProblem[] = [];
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      // Category ids get a semantic check with a did-you-mean below; the anyOf noise adds nothing.
      if (error.schemaPath.includes('/categoryId/')) continue;
      // A bad key under propertyNames also reports its inner `pattern` error; the propertyNames one says it better.
      if (error.keyword !== 'propertyNames' && error.schemaPath.includes('/propertyNames/')) continue;
      const location = getErrorLocation(doc, error);
      problems.push(at(location, describeSchemaError(error)));
    }
  }
  const raw = value as RawManifest;
  if (problems.length === 0) problems.push(...checkSemantics(doc, raw, builtin).map(({ offset, message }) => at(offset, message)));
  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new ManifestError(problems);
  }
  return buildManifest(doc, raw, file, dir, builtin, lineCounter);
}

function buildManifest(doc: Document, raw: RawManifest, file: string, dir: string, builtin: Catalogue, lineCounter: LineCounter): Manifest {
  const purposesNode = doc.get('purposes', true);
  const names = isMap(purposesNode) ? purposesNode.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
  const purposes: Purpose[] = names.map((name) => ({
    name,
    ...raw.purposes[name],
    dataLocations: raw.purposes[name].data.map((_, index) => {
      const { line, col } = lineCounter.linePos(getOffset(doc, ['purposes', name, 'data', index]));
      return { line, column: col };
    }),
  }));
  const categories = raw.categories ?? {};
  return {
    file,
    dir,
    purposes,
    vaultPaths: raw.vault?.paths ?? [],
    transforms: Object.fromEntries(TRANSFORM_KINDS.map((kind) => [kind, raw.transforms?.[kind] ?? []])) as Record<TransformKind, string[]>,
    categories,
    ignore: raw.ignore ?? [],
    catalogue: Object.keys(categories).length === 0 ? builtin : extendCatalogue(builtin, categories),
  };
}

function checkSemantics(doc: Document, raw: RawManifest, builtin: Catalogue): Array<{ offset: number; message: string }> {
  const problems: Array<{ offset: number; message: string }> = [];
  const known = new Set([...builtin.categories.keys(), ...Object.keys(raw.categories ?? {})]);
  for (const [name, purpose] of Object.entries(raw.purposes)) {
    purpose.data.forEach((id: unknown, index) => {
      if (typeof id !== 'string') {
        problems.push({ offset: getOffset(doc, ['purposes', name, 'data', index]), message: `"data" of purpose "${name}" must list category ids such as user.contact.email, not ${JSON.stringify(id)}` });
      } else if (!known.has(id)) {
        problems.push({ offset: getOffset(doc, ['purposes', name, 'data', index]), message: `unknown category "${id}"${suggestCategory(id, known)}` });
      }
    });
    purpose.paths?.forEach((glob, index) => checkGlob(glob, ['purposes', name, 'paths', index]));
  }
  raw.vault?.paths.forEach((glob, index) => checkGlob(glob, ['vault', 'paths', index]));
  raw.ignore?.forEach((glob, index) => checkGlob(glob, ['ignore', index]));
  return problems;

  function checkGlob(glob: string, path: Path): void {
    try {
      micromatch.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      const why = (error as Error).message.replace(/ - use .*$/, '');
      problems.push({ offset: getOffset(doc, path), message: `invalid glob "${glob}": ${why}` });
    }
  }
}

function suggestCategory(id: string, known: ReadonlySet<string>): string {
  const closest = getClosest(id, known);
  if (closest !== undefined) return `; did you mean "${closest}"?`;
  // `pan` or `aadhaar` alone: suggest the id it is the last segment of.
  const bySegment = [...known].find((k) => k.endsWith(`.${id.split('.').pop()}`));
  return bySegment === undefined ? '' : `; did you mean "${bySegment}"?`;
}

function describeYamlError(doc: Document, code: string, message: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const purposes = doc.get('purposes', true);
    const duplicate = isMap(purposes) ? purposes.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset) : undefined;
    if (duplicate !== undefined && isScalar(duplicate.key)) return `duplicate purpose "${String(duplicate.key.value)}"`;
    return 'duplicate key: each key may appear once in a mapping';
  }
  return `invalid YAML: ${message.split('\n')[0]}`;
}

function describeSchemaError(error: ErrorObject): string {
  const path = parsePointer(error.instancePath);
  const subject = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      return `unknown key "${key}"${subject === '' ? '' : ` in ${subject}`} (expected one of: ${allowed.join(', ')})${getDidYouMean(key, allowed)}`;
    }
    case 'required':
      return `${subject === '' ? 'the manifest' : subject} is missing "${String(params.missingProperty)}"`;
    case 'type':
      return `${subject} must be ${withArticle(String(params.type))}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const given = String(getLast(path) === undefined ? '' : error.data);
      const what = path.includes('actions') ? 'action' : String(path.filter((p) => typeof p === 'string').pop() ?? 'value');
      return `unknown ${what} "${given}" (expected one of: ${allowed.join(', ')})${getDidYouMean(given, allowed)}`;
    }
    case 'const':
      return `${subject} must be ${JSON.stringify(params.allowedValue)}`;
    case 'propertyName':
    case 'propertyNames':
      return describePropertyName(path, String(params.propertyName));
    case 'pattern':
      return describePattern(path, String(error.data));
    case 'minItems':
      return `${subject} must list at least one entry`;
    case 'minLength':
      return `${subject} must not be empty`;
    case 'uniqueItems':
      return `${subject} lists the same entry twice`;
    default:
      return `${subject}: ${error.message ?? 'is invalid'}`;
  }
}

function describePropertyName(path: Path, name: string): string {
  if (path[0] === 'categories') return `custom category id "${name}" must be a dotted lower-case id starting with "user." (e.g. user.loyalty_id)`;
  return `purpose name "${name}" must start with a letter or digit and use only letters, digits, ".", "_" and "-"`;
}

function describePattern(path: Path, value: string): string {
  if (path.includes('retention')) return `retention "${value}" is not an ISO 8601 duration such as P5Y or P180D`;
  if (path.includes('paths') || path[0] === 'ignore') return `glob "${value}" must be relative to the manifest's directory`;
  return `"${value}" is not valid for ${describePath(path)}`;
}

function describePath(path: Path): string {
  if (path.length === 0) return '';
  if (path[0] === 'purposes' && path.length >= 2) {
    const rest = path.slice(2).filter((p) => typeof p === 'string');
    return rest.length === 0 ? `purpose "${path[1]}"` : `"${rest.join('.')}" of purpose "${path[1]}"`;
  }
  return `"${path.filter((p) => typeof p === 'string').join('.')}"`;
}

function withArticle(type: string): string {
  const noun = type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : type === 'integer' ? 'an integer' : `a ${type}`;
  return noun;
}

function getLast(path: Path): string | number | undefined {
  return path[path.length - 1];
}

function parsePointer(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function getErrorLocation(doc: Document, error: ErrorObject): number {
  const path = parsePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && path.length > 0) return getKeyOffset(doc, path) ?? getOffset(doc, path);
  const key = params.additionalProperty ?? params.propertyName;
  if (typeof key === 'string') {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const pair = isMap(node) ? (node as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    if (pair !== undefined && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return getOffset(doc, path);
}

/** Offset of the key that names the node at `path` (`kyc:` for purposes/kyc). */
function getKeyOffset(doc: Document, path: Path): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = (parent as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return pair !== undefined && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

/** Offset of the node at `path`, or of its nearest existing ancestor; 0 for the document. */
function getOffset(doc: Document, path: Path): number {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
    if (node?.range) return node.range[0];
    // A missing key: point at the key that owns the mapping it is missing from.
    const parent = doc.getIn(path.slice(0, length - 1), true);
    if (isMap(parent) || isSeq(parent)) {
      const owner = isMap(parent) ? parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[length - 1]) : undefined;
      if (owner !== undefined && isScalar(owner.key) && owner.key.range) return owner.key.range[0];
    }
  }
  return (doc.contents as Node | null)?.range?.[0] ?? 0;
}
