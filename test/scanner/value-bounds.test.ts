import * as ts from 'typescript';
import { createValue, getField, join, makeObject, type Value } from '../../src/analysis/value';

/**
 * The bounds that keep values small (value.ts): an object keeps three levels of known fields, and
 * deeper ones fold into their parent's data; the same parameter joined twice is carried once.
 */
const PAN = createValue({ taints: [{ category: 'user.government_id.pan', steps: [] }] });

function nest(levels: number, leaf: Value): Value {
  let value = leaf;
  for (let level = 0; level < levels; level++) value = makeObject(new Map([[`level${levels - level}`, value]]));
  return value;
}

function getDepth(value: Value): number {
  let depth = 0;
  for (let current: Value | undefined = value; current?.fields !== undefined; current = current.fields.values().next().value) depth++;
  return depth;
}

test('an object keeps three levels of known fields, and what the deeper levels carry', () => {
  const deep = nest(5, makeObject(new Map([['pan', PAN]])));
  expect(getDepth(deep)).toBe(3);
  const third = getField(getField(getField(deep, 'level1')!, 'level2')!, 'level3')!;
  expect(third.fields).toBeUndefined();
  expect(third.taints.map((taint) => taint.category)).toEqual(['user.government_id.pan']);
});

test('an object within the bound keeps every level', () => {
  const shallow = nest(2, makeObject(new Map([['pan', PAN]])));
  expect(getDepth(shallow)).toBe(3);
  expect(getField(getField(getField(shallow, 'level1')!, 'level2')!, 'pan')).toBe(PAN);
});

test('the same parameter joined from two values is carried once', () => {
  const fn = ts.factory.createBlock([]);
  const param = (steps: number) => createValue({ params: [{ fn, index: 0, path: ['pan'], steps: Array.from({ length: steps }, () => ({ node: fn, message: 'step' })) }] });
  const other = createValue({ params: [{ fn, index: 1, path: [], steps: [] }] });
  const joined = join(param(2), other, param(1));
  expect(joined.params.map((p) => `${p.index}:${p.path.join('.')}:${p.steps.length}`)).toEqual(['0:pan:1', '1::0']);
});
