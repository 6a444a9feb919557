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
  /** `typeof x`, `void x`: evaluated for effects, no data. */
  Operator,
  /** `delete x.y`: removes the field, so only the object is evaluated (for effects); the field is not read. */
  Delete,
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
  [Form.Operator]: ['TypeOfExpression', 'VoidExpression'],
  [Form.Delete]: ['DeleteExpression'],
};

/** The statement-level forms the engine's walk over a function body tells apart. */
export const enum StatementForm {
  /** Walked into: blocks, `if`, loops' bodies and the like. */
  Other,
  /** Not entered: nested functions (analysed on their own), types, imports. */
  Skipped,
  Class,
  VariableDeclaration,
  Return,
  Throw,
  Expression,
  /** `if`, `while`, `do`, `switch`: the condition is evaluated, then the body walked. */
  Conditional,
  /** `for … of`, `for … in`: the loop variable holds what the collection holds. */
  Iteration,
  ExportAssignment,
}

const STATEMENT_FORMS: Record<Exclude<StatementForm, StatementForm.Other>, readonly string[]> = {
  [StatementForm.Skipped]: ['InterfaceDeclaration', 'TypeAliasDeclaration', 'ImportDeclaration', 'ImportEqualsDeclaration'],
  [StatementForm.Class]: ['ClassDeclaration', 'ClassExpression'],
  [StatementForm.VariableDeclaration]: ['VariableDeclaration'],
  [StatementForm.Return]: ['ReturnStatement'],
  [StatementForm.Throw]: ['ThrowStatement'],
  [StatementForm.Expression]: ['ExpressionStatement'],
  [StatementForm.Conditional]: ['IfStatement', 'WhileStatement', 'DoStatement', 'SwitchStatement'],
  [StatementForm.Iteration]: ['ForOfStatement', 'ForInStatement'],
  [StatementForm.ExportAssignment]: ['ExportAssignment'],
};

/** What the first walk over a file looks for. */
export const enum Collected {
  /** Walked into. */
  Other,
  /** Not entered: types, interfaces, imports. */
  Skipped,
  Function,
  Class,
  Literal,
  /** Identifiers: the names the analysis classifies. */
  Name,
}

/** What a statement declares in the scope that holds it (Scopes.collectDeclarations). */
export const enum DeclarationForm {
  None,
  /** `const a = …, { b } = …` */
  Variables,
  /** A function, class or enum declaration: its name. */
  Named,
  Import,
  /** `import fs = require('fs')` */
  ImportEquals,
}

const DECLARATION_FORMS: Record<Exclude<DeclarationForm, DeclarationForm.None>, readonly string[]> = {
  [DeclarationForm.Variables]: ['VariableStatement'],
  [DeclarationForm.Named]: ['FunctionDeclaration', 'ClassDeclaration', 'EnumDeclaration'],
  [DeclarationForm.Import]: ['ImportDeclaration'],
  [DeclarationForm.ImportEquals]: ['ImportEqualsDeclaration'],
};

/** Which names a scope declares (Scopes.collectDeclarations), by the kind of node that opens it. */
export const enum ScopeForm {
  /** Not a scope. */
  None,
  /** A file or block: what its statements declare. */
  Statements,
  /** A switch's case block: what the statements of its clauses declare. */
  CaseBlock,
  /** A function: its parameters, and a function expression's own name. */
  Function,
  /** `for (let i …)`, `for (const x of …)`: the loop's variables. */
  Loop,
  /** `catch (error)` */
  Catch,
  /** A class: a scope of its own that declares nothing here. */
  Class,
}

const SCOPE_FORMS: Record<Exclude<ScopeForm, ScopeForm.None | ScopeForm.Function>, readonly string[]> = {
  [ScopeForm.Statements]: ['SourceFile', 'Block', 'ModuleBlock'],
  [ScopeForm.CaseBlock]: ['CaseBlock'],
  [ScopeForm.Loop]: ['ForStatement', 'ForOfStatement', 'ForInStatement'],
  [ScopeForm.Catch]: ['CatchClause'],
  [ScopeForm.Class]: ['ClassDeclaration', 'ClassExpression'],
};

interface Tables {
  expressions: Uint8Array;
  statements: Uint8Array;
  collected: Uint8Array;
  declarations: Uint8Array;
  /** The ScopeForm of each kind: None, or the kind of scope of names it opens. */
  scopes: Uint8Array;
}

const tables = new WeakMap<TypeScript, Tables>();

/**
 * The form of each SyntaxKind of this `typescript` module, as tables indexed by `node.kind`: one
 * array read per node instead of a chain of `ts.isX` calls, on the engine's hottest paths.
 */
export function getSyntaxForms(ts: TypeScript): Tables {
  let found = tables.get(ts);
  if (found === undefined) {
    const kinds = ts.SyntaxKind as unknown as Record<string, number>;
    const size = Math.max(...Object.values(kinds).filter((kind) => typeof kind === 'number')) + 1;
    const expressions = new Uint8Array(size);
    for (const [form, names] of Object.entries(FORMS)) for (const name of names) expressions[kinds[name]] = Number(form);
    const statements = new Uint8Array(size);
    for (const [form, names] of Object.entries(STATEMENT_FORMS)) for (const name of names) statements[kinds[name]] = Number(form);
    const declarations = new Uint8Array(size);
    for (const [form, names] of Object.entries(DECLARATION_FORMS)) for (const name of names) declarations[kinds[name]] = Number(form);
    const collected = new Uint8Array(size);
    const scopes = new Uint8Array(size);
    for (const [form, names] of Object.entries(SCOPE_FORMS)) for (const name of names) scopes[kinds[name]] = Number(form);
    for (let kind = 0; kind < size; kind++) {
      const node = { kind } as Parameters<TypeScript['isFunctionLike']>[0] & object;
      const isFunctionLike = ts.isFunctionLike(node);
      // Type annotations hold no values; function bodies are analysed as functions of their own.
      if (ts.isTypeNode(node as never) || isFunctionLike) statements[kind] = StatementForm.Skipped;
      if (isFunctionLike) {
        collected[kind] = Collected.Function;
        scopes[kind] = ScopeForm.Function;
      } else if (statements[kind] === StatementForm.Skipped && kind !== kinds.ExpressionWithTypeArguments) {
        // A class's `extends mixin(…)` is an expression, though TypeScript files it as a type node.
        collected[kind] = Collected.Skipped;
      }
    }
    collected[kinds.ClassDeclaration] = Collected.Class;
    for (const name of ['StringLiteral', 'NoSubstitutionTemplateLiteral', 'NumericLiteral']) collected[kinds[name]] = Collected.Literal;
    for (const name of ['Identifier', 'PrivateIdentifier']) collected[kinds[name]] = Collected.Name;
    found = { expressions, statements, collected, declarations, scopes };
    tables.set(ts, found);
  }
  return found;
}
