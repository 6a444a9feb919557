import type { TypeScript } from './analyze';

/** The expression forms the engine tells apart; everything else evaluates to nothing. */
export const enum Form {
  Other,
  /** `(x)`, `x as T`, `x!`, `<T>x`, `x satisfies T`, `await x`: the inner expression's value. */
  Wrapper,
  Identifier,
  This,
  String,
  Template,
  PropertyAccess,
  ElementAccess,
  Call,
  Binary,
  Conditional,
  Object,
  Array,
  Spread,
  Function,
  TaggedTemplate,
  Jsx,
  /** `x++`, `-x`: evaluated for effects, no data. */
  Operand,
  /** `typeof x`, `void x`, `delete x`: evaluated for effects, no data. */
  Operator,
}

const FORMS: Record<Exclude<Form, Form.Other>, readonly string[]> = {
  [Form.Wrapper]: ['ParenthesizedExpression', 'AsExpression', 'NonNullExpression', 'TypeAssertionExpression', 'SatisfiesExpression', 'AwaitExpression'],
  [Form.Identifier]: ['Identifier'],
  [Form.This]: ['ThisKeyword'],
  [Form.String]: ['StringLiteral', 'NoSubstitutionTemplateLiteral'],
  [Form.Template]: ['TemplateExpression'],
  [Form.PropertyAccess]: ['PropertyAccessExpression'],
  [Form.ElementAccess]: ['ElementAccessExpression'],
  [Form.Call]: ['CallExpression', 'NewExpression'],
  [Form.Binary]: ['BinaryExpression'],
  [Form.Conditional]: ['ConditionalExpression'],
  [Form.Object]: ['ObjectLiteralExpression'],
  [Form.Array]: ['ArrayLiteralExpression'],
  [Form.Spread]: ['SpreadElement'],
  [Form.Function]: ['ArrowFunction', 'FunctionExpression'],
  [Form.TaggedTemplate]: ['TaggedTemplateExpression'],
  [Form.Jsx]: ['JsxElement', 'JsxSelfClosingElement', 'JsxFragment'],
  [Form.Operand]: ['PrefixUnaryExpression', 'PostfixUnaryExpression'],
  [Form.Operator]: ['TypeOfExpression', 'VoidExpression', 'DeleteExpression'],
};

const tables = new WeakMap<TypeScript, Uint8Array>();

/**
 * The form of each SyntaxKind of this `typescript` module, as a table indexed by `node.kind`: one
 * array read per expression instead of a chain of `ts.isX` calls, on the engine's hottest path.
 */
export function getExpressionForms(ts: TypeScript): Uint8Array {
  let table = tables.get(ts);
  if (table === undefined) {
    const kinds = ts.SyntaxKind as unknown as Record<string, number>;
    table = new Uint8Array(Math.max(...Object.values(kinds).filter((kind) => typeof kind === 'number')) + 1);
    for (const [form, names] of Object.entries(FORMS)) for (const name of names) table[kinds[name]] = Number(form);
    tables.set(ts, table);
  }
  return table;
}
