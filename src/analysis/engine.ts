import type * as ts from 'typescript';
import type { Catalogue } from '../core/catalogue/types';
import type { FlowCatalogue, SinkSpec, TransformKind } from '../core/catalogue/flow-catalogue';
import { normaliseModuleName } from '../core/catalogue/flow-catalogue';
import { getCached } from '../core/cached';
import { classifyName, NameScreen, splitIdentifier } from '../core/classify';
import type { Manifest } from '../core/manifest/types';
import type { TypeScript } from './analyze';
import type { Hit, IndexedParamSink, ParamRead } from './engine-types';
import { Collected, Form, getSyntaxForms, StatementForm } from './syntax-forms';
import { getFlowLookups, type FlowLookups } from './flow-lookups';
import { extendRef, getRootRef } from './refs';
import { RequestContainers } from './request-containers';
import { SAVE_HOOKS, SchemaHooks } from './schema-hooks';
import { Scopes, type WorkspacePackage } from './scope';
import { isTestFile } from './test-code';
import { getTypeTaints } from './type-categories';
import { CONFIG, EMPTY, MAX_PARAM_PATH, createValue, fnValue, refValue, textValue, getEmptyList, isSubsumed, mapList, getData, getField, getFieldAt, getSignature, join, makeObject, withStep, type ParamRef, type Ref, type Step, type Taint, type Value } from './value';

/** A call without arguments: the empty list of the kind every argument list has (see getEmptyList). */
const NO_ARGUMENTS = getEmptyList<Value>();
const NO_STEPS = getEmptyList<Step>();
const NO_PATH: readonly string[] = [];

/** What a function's parameter holds inside the function: whatever the caller passes, at `path`. */
function getParamValue(fn: ts.Node, index: number, path: readonly string[]): Value {
  return createValue({ params: [{ fn, index, path, steps: NO_STEPS }] });
}

/** Passes over the program before the summaries stop changing; deep call chains converge well before. */
const MAX_PASSES = 8;

/** String and array methods whose result carries the receiver's data. */
const PASS_THROUGH_METHODS = new Set([
  'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'toLocaleUpperCase', 'toLocaleLowerCase', 'normalize',
  'toString', 'valueOf', 'concat', 'padStart', 'padEnd', 'split', 'join', 'flat', 'filter', 'find', 'at', 'reverse',
  'sort', 'toJSON', 'digest', 'toObject', 'lean', 'get', 'replaceAll', 'repeat', 'charAt', 'entries', 'values',
]);

/** Methods that put their arguments into the receiver (`lines.push(line)`). */
const COLLECTING_METHODS = new Set(['push', 'unshift', 'add', 'append']);

/** Methods whose result is what their callback returns for each element. */
const CALLBACK_METHODS = new Set(['map', 'flatMap', 'then']);

/** Global functions whose result carries their arguments' data. */
const PASS_THROUGH_FUNCTIONS = new Set([
  'JSON.stringify', 'JSON.parse', 'String', 'Object.assign', 'structuredClone', 'Buffer.from', 'encodeURIComponent',
  'encodeURI', 'escape', 'Object.values', 'Object.entries', 'Array.from', 'Array.of', 'btoa', 'atob', 'util.format',
  'format', 'querystring.stringify', 'qs.stringify', 'Object.fromEntries', 'cloneDeep', '_.cloneDeep', '_.pick', 'pick',
  'Promise.resolve',
]);

/** JSX attributes whose value the page shows or links to; form values (`value`, `defaultValue`) are the user's own input. */
const RENDERED_ATTRIBUTES = new Set(['src', 'href', 'title', 'alt']);
const JSX_SINK: SinkSpec = { id: 'jsx', action: 'expose', kind: 'render', modules: [], globals: [], receivers: [], calls: [], assigns: [] };
const RETURN_SINK: SinkSpec = { id: 'http-response', action: 'expose', kind: 'http-response', modules: [], globals: [], receivers: [], calls: [], assigns: [] };
const THROW_SINK: SinkSpec = { id: 'throw', action: 'expose', kind: 'error', modules: [], globals: [], receivers: [], calls: [], assigns: [] };

export interface EngineOptions {
  ts: TypeScript;
  files: readonly ts.SourceFile[];
  /** The workspace's packages by name, so `import { prisma } from '@acme/db'` reaches the file (scanner only). */
  packages?: ReadonlyMap<string, WorkspacePackage>;
  checker?: ts.TypeChecker;
  catalogue: Catalogue;
  flows: FlowCatalogue;
  manifest: Manifest;
  /**
   * Whether values carry the steps of their flow, which only findings' code flows show (SARIF). An
   * editor shows only the site: without steps the verdicts are the same, at less cost.
   */
  flowSteps: boolean;
}

/**
 * The flow engine: a flow-insensitive abstract interpretation over the TypeScript AST. Every
 * declaration holds the union of what is ever assigned to it; every function gets a summary
 * (what its return carries, which of its parameters reach which sinks), and passes over the
 * program repeat until nothing changes. The final pass records hits.
 */
export class Engine {
  private readonly ts: TypeScript;
  private readonly scopes: Scopes;
  private readonly env = new Map<ts.Node, Value>();
  private readonly returns = new Map<ts.Node, Value>();
  private readonly paramSinks = new Map<ts.Node, Map<string, IndexedParamSink>>();
  /**
   * Fields a function reads from a parameter by a personal-data name (`details.accountNumber`), by
   * the site of the read: where a caller passes a request container (`createAccount(req.body)`),
   * each is a collection at that site.
   */
  private readonly paramReads = new Map<ts.Node, Map<ts.Node, ParamRead>>();
  /** Hits by the function whose analysis found them, so a function analysed again replaces only its own. */
  private readonly hitsByFunction = new Map<ts.Node, Hit[]>();
  private hits: Hit[] = [];
  /**
   * What each function's last analysis read (declarations, and callees whose summaries it used),
   * with the change counter at its first read of each: every later read saw that value or a newer one.
   */
  private readonly reads = new Map<ts.Node, Map<ts.Node, number>>();
  private currentReads = new Map<ts.Node, number>();
  /** When each declaration or function summary last changed, on a counter that every change moves on. */
  private readonly lastChange = new Map<ts.Node, number>();
  private changeCount = 0;
  /** Everything an analysis has read, and whether one of those has changed since the last look for stale functions. */
  private readonly everRead = new Set<ts.Node>();
  private hasReadChanged = false;
  private readonly functions: ts.Node[] = [];
  private readonly manifestTransforms: ReadonlyMap<string, TransformKind>;
  private readonly importValues = new Map<ts.Node, Value>();
  private readonly lookups: FlowLookups;
  private readonly forms: ReturnType<typeof getSyntaxForms>;
  private readonly schemaHooks: SchemaHooks;
  private readonly containers = new RequestContainers();
  private recording = false;

  constructor(private readonly options: EngineOptions) {
    this.ts = options.ts;
    this.scopes = new Scopes(options.ts, options.files, options.packages);
    this.names = new NameScreen(options.catalogue);
    this.lookups = getFlowLookups(options.flows);
    this.forms = getSyntaxForms(options.ts);
    this.schemaHooks = new SchemaHooks(options.ts);
    this.manifestTransforms = getManifestTransforms(options.manifest);
    for (const file of options.files) this.collectFunctions(file);
  }

  run(): Hit[] {
    // Without types, personal data enters only by name (SPEC §3): no name that could classify, nothing to follow.
    if (this.options.checker === undefined && !this.names.mayClassify) return [];
    // A worklist over functions: after the first pass, only functions that read something that
    // changed after they first read it are analysed again. A function's hits are those of its latest analysis.
    this.recording = true;
    let pending: readonly ts.Node[] = this.functions;
    for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
      for (let i = 0; i < pending.length; i++) {
        const fn = pending[i];
        this.hits = [];
        this.currentReads = new Map();
        this.readCategories.clear();
        this.analyseFunction(fn);
        const containerHits = this.containers.takeHits();
        for (let j = 0; j < containerHits.length; j++) this.hits.push(containerHits[j]);
        this.hitsByFunction.set(fn, this.hits);
        this.reads.set(fn, this.currentReads);
      }
      // A function can only be stale if something read has changed since: most files settle in one pass.
      pending = this.hasReadChanged ? this.getStaleFunctions() : [];
      this.hasReadChanged = false;
    }
    this.hits = [];
    if (this.classes.length > 0) this.visitDeclarations();
    return this.getAllHits();
  }

  /** The functions to analyse again, in program order. */
  private getStaleFunctions(): ts.Node[] {
    const stale: ts.Node[] = [];
    for (let i = 0; i < this.functions.length; i++) if (this.isStale(this.functions[i])) stale.push(this.functions[i]);
    return stale;
  }

  /** Every function's latest hits, then the class declarations'. */
  private getAllHits(): Hit[] {
    const hits: Hit[] = [];
    for (const found of this.hitsByFunction.values()) for (const hit of found) hits.push(hit);
    for (let i = 0; i < this.hits.length; i++) hits.push(this.hits[i]);
    // Test code handles test data: what it logs, stores or sends is no one's (no-hardcoded-pii still reads its literals).
    return hits.filter((hit) => !this.isInTestFile(hit.site) && (hit.action !== 'store' || !this.schemaHooks.isHashedField(hit.site)));
  }

  /** Whether something `fn` read has changed since its first read in `fn`'s last analysis. */
  private isStale(fn: ts.Node): boolean {
    const reads = this.reads.get(fn);
    if (reads === undefined) return false;
    for (const [key, readAt] of reads) if ((this.lastChange.get(key) ?? 0) > readAt) return true;
    return false;
  }

  private markRead(key: ts.Node): void {
    if (this.currentReads.has(key)) return;
    this.currentReads.set(key, this.changeCount);
    this.everRead.add(key);
  }

  private markChanged(key: ts.Node): void {
    this.lastChange.set(key, ++this.changeCount);
    if (this.everRead.has(key)) this.hasReadChanged = true;
  }

  /**
   * no-unused-collection: collected values bound to a variable that nothing reads afterwards, or
   * that only a validator reads. Needs every file's references, so only the scanner asks.
   */
  findUnusedCollections(hits: readonly Hit[]): Hit[] {
    const { ts } = this;
    const references = this.countReferences();
    return hits.filter((hit) => {
      if (hit.action !== 'collect') return false;
      const declaration = ts.isBindingElement(hit.site) && ts.isIdentifier(hit.site.name)
        ? hit.site
        : hit.site.parent !== undefined && ts.isVariableDeclaration(hit.site.parent) && hit.site.parent.initializer === hit.site && ts.isIdentifier(hit.site.parent.name)
          ? hit.site.parent
          : undefined;
      return declaration !== undefined && (references.get(declaration) ?? 0) === 0;
    });
  }

  /** How often each declaration is read, not counting reads that only validate it. */
  private countReferences(): Map<ts.Node, number> {
    const { ts } = this;
    const counts = new Map<ts.Node, number>();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !isDeclarationName(ts, node) && !isValidationArgument(ts, node)) {
        const declaration = this.scopes.resolve(node);
        if (declaration !== undefined) counts.set(declaration, (counts.get(declaration) ?? 0) + 1);
      }
      ts.forEachChild(node, visit);
    };
    for (const file of this.options.files) visit(file);
    return counts;
  }

  // --- program structure ----------------------------------------------------------------------

  /** Bundled or minified files: not the team's code, and costly to follow (see isMinified). */
  readonly skippedFiles: ts.SourceFile[] = [];
  /** The string and numeric literals of the analysed files, for no-hardcoded-pii. */
  readonly literals: Array<ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.NumericLiteral> = [];
  private readonly classes: ts.ClassDeclaration[] = [];

  private collectFunctions(file: ts.SourceFile): void {
    const { ts } = this;
    if (isMinified(file)) {
      this.skippedFiles.push(file);
      return;
    }
    this.functions.push(file);
    // One walk of the file finds what every later step starts from: functions, classes and literals.
    // Types, interfaces and imports hold none that count (a literal type is not a value).
    const collected = this.forms.collected;
    const visit = (node: ts.Node): void => {
      switch (collected[node.kind] as Collected) {
        case Collected.Skipped:
          return;
        case Collected.Function:
          if ((node as ts.FunctionLikeDeclaration).body !== undefined) this.functions.push(node);
          break;
        case Collected.Class:
          this.classes.push(node as ts.ClassDeclaration);
          break;
        case Collected.Literal:
          this.literals.push(node as ts.StringLiteral);
          if (!this.names.isDecided && isNameString(ts, node)) this.names.add((node as ts.StringLiteral).text);
          break;
        case Collected.Name:
          // Once some name may classify the screen has its answer: the rest are not even read.
          if (!this.names.isDecided) this.names.add((node as ts.Identifier).text);
          return;
        case Collected.Other:
          break;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(file, visit);
  }

  /** Whether some name (or string) of the analysed files could classify: without one, no value carries personal data. */
  private readonly names: NameScreen;

  private analyseFunction(fn: ts.Node): void {
    const { ts } = this;
    if (ts.isFunctionLike(fn)) {
      for (let i = 0; i < fn.parameters.length; i++) this.bindParameter(fn, fn.parameters[i], i);
      const body = (fn as ts.FunctionLikeDeclaration).body;
      if (body === undefined) return;
      if (ts.isBlock(body)) this.visitStatements(body, fn);
      else this.addReturn(fn, this.evaluate(body, fn), body);
    } else {
      this.visitStatements(fn, fn);
    }
  }

  private bindParameter(fn: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration, index: number): void {
    const { ts } = this;
    const name = parameter.name;
    if (parameter.modifiers !== undefined) this.collectDecoratedParameter(parameter);
    if (ts.isIdentifier(name)) {
      const initial = parameter.initializer === undefined ? EMPTY : this.evaluate(parameter.initializer, fn);
      this.setEnv(parameter, join(getParamValue(fn, index, NO_PATH), this.getNameValue(name.text, name, undefined), initial));
      return;
    }
    if (parameter.initializer !== undefined) this.evaluate(parameter.initializer, fn);
    const request = this.getRequestReceiver(parameter);
    if (request !== undefined) this.bindDeclaration(name, parameter, refValue(getRootRef('receiver', request)), fn);
    else this.bindParameterElements(fn, index, name, NO_PATH);
  }

  /** `({ body, query }: Request)`: a handler's request, destructured where it is declared. */
  private getRequestReceiver(parameter: ts.ParameterDeclaration): string | undefined {
    const { ts } = this;
    const type = parameter.type;
    if (type === undefined || !ts.isTypeReferenceNode(type)) return undefined;
    const typeName = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    return this.options.flows.requestTypes.get(typeName);
  }

  /** NestJS's `@Param('username') username`: the decorator names the request field the handler collects. */
  private collectDecoratedParameter(parameter: ts.ParameterDeclaration): void {
    const { ts } = this;
    const decorators = ts.getDecorators(parameter) ?? [];
    for (let i = 0; i < decorators.length; i++) {
      const call = decorators[i].expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !this.options.flows.paramDecorators.has(call.expression.text)) continue;
      const field = call.arguments[0];
      if (field !== undefined && ts.isStringLiteral(field)) this.recordCollection(field, this.getNameValue(field.text, field, undefined).taints);
    }
  }

  /** A destructured parameter's names: each holds what the caller passes at its path. */
  private bindParameterElements(fn: ts.SignatureDeclaration, index: number, pattern: ts.BindingPattern, path: readonly string[]): void {
    const { ts } = this;
    for (let i = 0; i < pattern.elements.length; i++) {
      const element = pattern.elements[i];
      if (!ts.isBindingElement(element)) continue;
      const key = element.propertyName !== undefined ? getPropertyNameText(ts, element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
      if (key === undefined) continue;
      const elementPath = [...path, key];
      if (ts.isIdentifier(element.name)) {
        const named = this.getNameValue(element.name.text, element.name, undefined);
        if (named.taints.length > 0) this.addParamRead(fn, element, index, path, named.taints);
        this.setEnv(element, join(getParamValue(fn, index, elementPath), named));
      } else {
        this.bindParameterElements(fn, index, element.name, elementPath);
      }
    }
  }

  /** Walks a function's statements, evaluating every expression in a root position once. */
  private visitStatements(container: ts.Node, fn: ts.Node): void {
    const { ts } = this;
    const forms = this.forms.statements;
    const visit = (node: ts.Node): void => {
      switch (forms[node.kind] as StatementForm) {
        case StatementForm.Skipped:
          return;
        case StatementForm.Class:
          this.visitClassMembers(node as ts.ClassLikeDeclaration, fn);
          return;
        case StatementForm.VariableDeclaration: {
          const declaration = node as ts.VariableDeclaration;
          if (declaration.initializer !== undefined) this.bindDeclaration(declaration.name, declaration, this.evaluate(declaration.initializer, fn, nameOf(ts, declaration.name)), fn);
          else if (ts.isIdentifier(declaration.name)) this.setEnv(declaration, this.getNameValue(declaration.name.text, declaration.name, undefined));
          return;
        }
        case StatementForm.Return: {
          const expression = (node as ts.ReturnStatement).expression;
          if (expression !== undefined) this.addReturn(fn, this.evaluate(expression, fn), expression);
          return;
        }
        case StatementForm.Throw:
          this.sinkValue(this.evaluate((node as ts.ThrowStatement).expression, fn), node, THROW_SINK, 'throw', undefined);
          return;
        case StatementForm.Expression:
        case StatementForm.ExportAssignment:
          this.evaluate((node as ts.ExpressionStatement).expression, fn);
          return;
        case StatementForm.Conditional:
          this.evaluate((node as ts.IfStatement).expression, fn);
          break;
        case StatementForm.Iteration: {
          const loop = node as ts.ForOfStatement | ts.ForInStatement;
          const iterated = getData(this.evaluate(loop.expression, fn));
          if (ts.isVariableDeclarationList(loop.initializer)) {
            for (let i = 0; i < loop.initializer.declarations.length; i++) {
              const d = loop.initializer.declarations[i];
              this.bindDeclaration(d.name, d, iterated, fn);
            }
          }
          break;
        }
        case StatementForm.Other:
          break;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(container, visit);
  }

  private visitClassMembers(node: ts.ClassLikeDeclaration, fn: ts.Node): void {
    const { ts } = this;
    for (let i = 0; i < node.members.length; i++) {
      const member = node.members[i];
      if (ts.isPropertyDeclaration(member) && member.initializer !== undefined) {
        this.setEnv(member, this.evaluate(member.initializer, fn, getPropertyNameText(ts, member.name)));
      }
    }
  }

  private readonly testFiles = new Map<ts.SourceFile, boolean>();

  private isInTestFile(node: ts.Node): boolean {
    const file = node.getSourceFile();
    let answer = this.testFiles.get(file);
    if (answer === undefined) {
      answer = isTestFile(this.options.manifest.dir, file.fileName);
      this.testFiles.set(file, answer);
    }
    return answer;
  }

  private addReturn(fn: ts.Node, value: Value, site: ts.Node): void {
    const previous = this.returns.get(fn) ?? EMPTY;
    if (isSubsumed(value, previous)) {
      if (this.isResponseHandler(fn)) this.sinkValue(value, site, RETURN_SINK, 'return', undefined);
      return;
    }
    const next = join(previous, value);
    if (getSignature(next) !== getSignature(previous)) {
      this.returns.set(fn, next);
      this.markChanged(fn);
    }
    if (this.isResponseHandler(fn)) this.sinkValue(value, site, RETURN_SINK, 'return', undefined);
  }

  /** NestJS controller methods and Next.js route handlers send what they return to the client. */
  private isResponseHandler(fn: ts.Node): boolean {
    const { ts } = this;
    const { flows } = this.options;
    if (ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent)) {
      const classDecorated = getDecoratorNames(ts, fn.parent).some((d) => flows.controllerClassDecorators.has(d));
      return classDecorated && getDecoratorNames(ts, fn).some((d) => flows.controllerMethodDecorators.has(d));
    }
    if (ts.isFunctionDeclaration(fn) && fn.name !== undefined && flows.routeExports.has(fn.name.text)) {
      return /(^|[\\/])route\.(t|j)sx?$/.test(fn.getSourceFile().fileName) && hasExportModifier(ts, fn);
    }
    return false;
  }

  private bindDeclaration(name: ts.BindingName, declaration: ts.Node, value: Value, fn: ts.Node): void {
    const { ts } = this;
    if (ts.isIdentifier(name)) {
      // `const accountNumber = process.env.PAYOUT_ACCOUNT`: the application's own setting, whatever its
      // name; `const adminEmail = 'admin@lendwise.in'`: a constant (no-hardcoded-pii judges the literal).
      const isConstant = value.transformed || value.config || isConstantLiteral(ts, declaration);
      this.setEnv(declaration, isConstant ? value : join(value, this.getNameValue(name.text, name, undefined)));
      return;
    }
    // `const [form, setForm] = useState(…)`: a tuple's elements by position.
    if (ts.isArrayBindingPattern(name) && value.fields?.has('0') === true) {
      for (let i = 0; i < name.elements.length; i++) {
        const element = name.elements[i];
        if (ts.isBindingElement(element)) this.bindDeclaration(element.name, ts.isIdentifier(element.name) ? element : declaration, getField(value, String(i)) ?? EMPTY, fn);
      }
      return;
    }
    const context = ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined ? getExpressionName(ts, declaration.initializer) : undefined;
    for (let i = 0; i < name.elements.length; i++) {
      const element = name.elements[i];
      if (!ts.isBindingElement(element)) continue;
      if (element.dotDotDotToken !== undefined) {
        if (ts.isIdentifier(element.name)) this.setEnv(element, value);
        continue;
      }
      const key = element.propertyName !== undefined ? getPropertyNameText(ts, element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
      const fieldValue = key === undefined ? EMPTY : this.readProperty(value, key, element, context);
      const withDefault = element.initializer === undefined ? fieldValue : join(fieldValue, this.evaluate(element.initializer, fn));
      this.bindDeclaration(element.name, ts.isIdentifier(element.name) ? element : declaration, withDefault, fn);
    }
  }

  private setEnv(declaration: ts.Node, value: Value): void {
    const previous = this.env.get(declaration);
    if (previous !== undefined && isSubsumed(value, previous)) return;
    const next = previous === undefined ? value : join(previous, value);
    if (previous === undefined || getSignature(next) !== getSignature(previous)) {
      this.env.set(declaration, next);
      this.markChanged(declaration);
    }
  }

  // --- expressions ----------------------------------------------------------------------------

  private evaluate(node: ts.Expression, fn: ts.Node, context?: string): Value {
    const { ts } = this;
    switch (this.forms.expressions[node.kind] as Form) {
      case Form.Wrapper:
        return this.evaluate((node as ts.ParenthesizedExpression).expression, fn, context);
      case Form.Identifier:
        return this.evaluateIdentifier(node as ts.Identifier);
      case Form.This:
        return refValue(getRootRef('receiver', 'this'));
      case Form.String:
        return textValue((node as ts.StringLiteral).text);
      case Form.Template:
        return this.evaluateTemplate(node as ts.TemplateExpression, fn);
      case Form.PropertyAccess: {
        const access = node as ts.PropertyAccessExpression;
        return this.evaluatePropertyAccess(access, access.expression, access.name.text, fn);
      }
      case Form.ElementAccess: {
        const access = node as ts.ElementAccessExpression;
        const key = access.argumentExpression;
        if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) return this.evaluatePropertyAccess(access, access.expression, key.text, fn);
        return getData(this.evaluate(access.expression, fn));
      }
      case Form.Call:
        return this.evaluateCall(node as ts.CallExpression | ts.NewExpression, fn);
      case Form.Binary:
        return this.evaluateBinary(node as ts.BinaryExpression, fn);
      case Form.Conditional: {
        const conditional = node as ts.ConditionalExpression;
        this.evaluate(conditional.condition, fn);
        return join(this.evaluate(conditional.whenTrue, fn, context), this.evaluate(conditional.whenFalse, fn, context));
      }
      case Form.Object:
        return this.evaluateObject(node as ts.ObjectLiteralExpression, fn, context);
      case Form.Array:
        return join(...(node as ts.ArrayLiteralExpression).elements.map((e) => getData(this.evaluate(ts.isSpreadElement(e) ? e.expression : e, fn, context))));
      case Form.Spread:
        return this.evaluate((node as ts.SpreadElement).expression, fn, context);
      case Form.Function:
        return fnValue(node);
      case Form.TaggedTemplate:
        return this.evaluateTemplateLike((node as ts.TaggedTemplateExpression).template, fn);
      case Form.Jsx:
        this.evaluateJsx(node as ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment, fn);
        return EMPTY;
      case Form.Operand:
        this.evaluate((node as ts.PrefixUnaryExpression).operand, fn);
        return EMPTY;
      case Form.Operator:
        this.evaluate((node as ts.TypeOfExpression).expression, fn);
        return EMPTY;
      case Form.Delete: {
        let operand: ts.Expression = (node as ts.DeleteExpression).expression;
        while (ts.isParenthesizedExpression(operand)) operand = operand.expression;
        this.evaluate(ts.isPropertyAccessExpression(operand) || ts.isElementAccessExpression(operand) ? operand.expression : operand, fn);
        return EMPTY;
      }
      case Form.Other:
        return EMPTY;
    }
  }

  private evaluateIdentifier(node: ts.Identifier): Value {
    if (node.text === 'undefined') return EMPTY;
    const declaration = this.scopes.resolve(node);
    if (declaration === undefined) {
      return join(this.getNameValue(node.text, node, undefined), refValue(getRootRef('global', node.text)));
    }
    if (this.isOverwrittenBefore(declaration, node)) return createValue({ transformed: true });
    const value = this.getDeclarationValue(declaration);
    if (value.ref !== undefined || value.fn !== undefined) return value;
    return createValue({
      taints: value.taints,
      params: value.params,
      fields: value.fields,
      ref: getRootRef('receiver', node.text),
      request: value.request,
      container: value.container,
      fn: value.fn,
      text: value.text,
      transformed: value.transformed,
      config: value.config,
    });
  }

  /**
   * The one place the analysis looks at order: a read after `x = hash(x)` in the same function
   * sees the hash, as a pre-save hook's store does. A branch that skips the overwrite is missed.
   */
  private isOverwrittenBefore(declaration: ts.Node, use: ts.Node): boolean {
    const sites = this.overwrites.get(declaration);
    if (sites === undefined) return false;
    const useFunction = getEnclosingFunction(this.ts, use);
    return sites.some((site) => site.getSourceFile() === use.getSourceFile() && site.end <= use.pos && getEnclosingFunction(this.ts, site) === useFunction);
  }

  private getDeclarationValue(declaration: ts.Node): Value {
    const { ts } = this;
    this.markRead(declaration);
    const known = this.env.get(declaration);
    if (known !== undefined) return known;
    if (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration) || ts.isNamespaceImport(declaration)) {
      const cachedImport = this.importValues.get(declaration);
      if (cachedImport !== undefined) return cachedImport;
      const resolved = this.resolveImportValue(declaration);
      // A project import's value can still grow while passes run; a package's never changes.
      if (resolved.ref?.root.kind === 'module') this.importValues.set(declaration, resolved);
      return resolved;
    }
    if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return fnValue(declaration);
    // `IdentifierType.NIN` names a kind of document; the application's own constant holds no one's.
    if (ts.isEnumDeclaration(declaration)) return CONFIG;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) {
      return fnValue(declaration.initializer);
    }
    return EMPTY;
  }

  private readonly importTargets = new Map<ts.Node, ts.Node | null>();

  private resolveImportValue(declaration: ts.ImportSpecifier | ts.ImportClause | ts.NamespaceImport): Value {
    const { ts } = this;
    {
      let local = this.importTargets.get(declaration);
      if (local === undefined) {
        local = this.scopes.resolveImport(declaration) ?? this.resolveAliasWithChecker(declaration) ?? null;
        this.importTargets.set(declaration, local);
      }
      if (local !== null) return this.getDeclarationValue(local);
      const specifier = this.scopes.getModuleSpecifier(declaration);
      if (specifier === undefined) return EMPTY;
      // A project module the analysis cannot open (a path alias without types): judge its exports by name, as injected clients are.
      if (isProjectSpecifier(specifier)) {
        const localName = ts.isImportSpecifier(declaration) || ts.isNamespaceImport(declaration) ? declaration.name.text : (declaration as ts.ImportClause).name?.text;
        if (localName === undefined) return EMPTY;
        // `IdentifierType.NIN`, `FIELDS.PAN`: what a capitalised export holds member by member is an
        // enum's or a class's constants, as the scanner sees when it opens the file.
        return /^[A-Z]/.test(localName) ? createValue({ config: true, ref: getRootRef('receiver', localName) }) : refValue(getRootRef('receiver', localName));
      }
      const module = getRootRef('module', normaliseModuleName(specifier));
      return refValue(ts.isImportSpecifier(declaration) ? extendRef(module, (declaration.propertyName ?? declaration.name).text) : module);
    }
  }

  /** `import { prisma } from '@/lib/prisma'`: tsconfig paths are the checker's business. */
  private resolveAliasWithChecker(declaration: ts.Node): ts.Node | undefined {
    const { ts } = this;
    const checker = this.options.checker;
    if (checker === undefined) return undefined;
    const name = ts.isImportSpecifier(declaration) || ts.isNamespaceImport(declaration) ? declaration.name : ts.isImportClause(declaration) ? declaration.name : undefined;
    if (name === undefined) return undefined;
    const symbol = checker.getSymbolAtLocation(name);
    if (symbol === undefined || !(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
    const target = checker.getAliasedSymbol(symbol);
    const found = target.valueDeclaration ?? target.declarations?.[0];
    return found !== undefined && this.options.files.includes(found.getSourceFile()) && !ts.isSourceFile(found) ? found : undefined;
  }

  private evaluatePropertyAccess(node: ts.Expression, object: ts.Expression, name: string, fn: ts.Node): Value {
    const { ts } = this;
    const base = this.evaluate(object, fn);
    const context = getExpressionName(ts, object);
    return this.readProperty(base, name, node, context, object);
  }

  /** Reading `name` from `base`: a known field, a library path, a collected request field, or a classified name. */
  private readProperty(base: Value, name: string, site: ts.Node, context: string | undefined, object?: ts.Expression): Value {
    const { ts } = this;
    if (base.config || (object !== undefined && isConfigObject(ts, object))) return createValue({ config: true, ref: base.ref === undefined ? undefined : extendRef(base.ref, name) });
    // What the read carries comes from up to four places, joined in this order (join skips EMPTY).
    const field = getField(base, name) ?? EMPTY;
    const params = base.params.length === 0 ? EMPTY : createValue({ params: mapList(base.params, (p) => (p.path.length >= MAX_PARAM_PATH ? p : { ...p, path: [...p.path, name] })) });
    let member = EMPTY;
    if (object !== undefined && object.kind === ts.SyntaxKind.ThisKeyword) {
      const declaration = this.findClassMember(site, name);
      if (declaration !== undefined) {
        this.markRead(declaration);
        member = this.env.get(declaration) ?? this.getDeclarationValue(declaration);
        if (member.ref !== undefined || member.fn !== undefined) return join(member, field, params);
      }
    }
    const ref = base.ref === undefined ? undefined : extendRef(base.ref, name);

    const isRequestContainer = base.request === true || (base.ref !== undefined && this.lookups.isRequestRead(base.ref, name));
    const named = this.getNameValue(name, site, context);
    if (named.taints.length > 0) {
      if (base.request === true) {
        this.recordRequestRead(site, named.taints);
        if (base.container !== undefined && this.recording) this.containers.addRead(base.container, named.taints);
      }
      if (base.params.length > 0) this.addParamReads(base.params, site, named.taints);
    }
    const value = join(field, params, member, named);
    return createValue({
      taints: value.taints,
      params: value.params,
      fields: value.fields,
      ref: ref ?? value.ref,
      request: isRequestContainer && named.taints.length === 0 ? true : undefined,
      container: isRequestContainer && named.taints.length === 0 ? ref ?? base.container : value.container,
      fn: value.fn,
      text: value.text,
      transformed: value.transformed,
      config: value.config,
    });
  }

  private findClassMember(site: ts.Node, name: string): ts.Node | undefined {
    const { ts } = this;
    let node: ts.Node | undefined = site.parent;
    while (node !== undefined && !ts.isClassLike(node)) node = node.parent;
    if (node === undefined) return undefined;
    for (let i = 0; i < node.members.length; i++) {
      const member = node.members[i];
      if ((ts.isPropertyDeclaration(member) || ts.isMethodDeclaration(member) || ts.isGetAccessor(member)) && member.name !== undefined && getPropertyNameText(ts, member.name) === name) return member;
    }
    const constructor = node.members.find(ts.isConstructorDeclaration);
    return constructor?.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
  }

  private evaluateTemplate(node: ts.TemplateExpression, fn: ts.Node): Value {
    const spans = node.templateSpans.map((span) => this.evaluate(span.expression, fn));
    const texts = spans.every((s) => s.text !== undefined) ? node.head.text + node.templateSpans.map((span, i) => spans[i].text + span.literal.text).join('') : undefined;
    const prefix = spans[0]?.text !== undefined ? node.head.text + spans[0].text + node.templateSpans[0].literal.text : node.head.text;
    return createValue({ ...join(...spans.map(getData)), text: texts ?? (prefix !== '' ? prefix : undefined) });
  }

  private evaluateTemplateLike(node: ts.TemplateLiteral, fn: ts.Node): Value {
    return this.ts.isTemplateExpression(node) ? getData(this.evaluateTemplate(node, fn)) : EMPTY;
  }

  private evaluateBinary(node: ts.BinaryExpression, fn: ts.Node): Value {
    const { ts } = this;
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) {
      const value = this.evaluate(node.right, fn, getExpressionName(ts, node.left));
      this.assign(node.left, operator === ts.SyntaxKind.PlusEqualsToken ? getData(value) : value, fn, node);
      return value;
    }
    const left = this.evaluate(node.left, fn);
    const right = this.evaluate(node.right, fn);
    if (operator === ts.SyntaxKind.PlusToken) {
      const text = left.text !== undefined && right.text !== undefined ? left.text + right.text : left.text;
      return createValue({ ...join(getData(left), getData(right)), text });
    }
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return join(left, right);
    // `password && <Meter />` is the meter or a falsy left: an empty string, null or 0 tells nothing.
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return right;
    if (operator === ts.SyntaxKind.CommaToken) return right;
    return EMPTY;
  }

  private assign(target: ts.Expression, value: Value, fn: ts.Node, site: ts.Node): void {
    const { ts } = this;
    if (ts.isIdentifier(target)) {
      const declaration = this.scopes.resolve(target);
      if (declaration === undefined) return;
      if (value.transformed && value.taints.length === 0) {
        const sites = this.overwrites.get(declaration) ?? [];
        if (!sites.includes(site)) this.overwrites.set(declaration, [...sites, site]);
        return;
      }
      this.setEnv(declaration, value);
      return;
    }
    if (ts.isPropertyAccessExpression(target)) {
      // `module.exports = mongoose.model('User', userSchema)`: what a `require` of this file gives, kept under the file.
      if (isModuleExports(ts, target) && this.scopes.resolve(target.expression as ts.Identifier) === undefined) {
        this.setEnv(target.getSourceFile(), value);
        return;
      }
      const base = this.evaluate(target.expression, fn);
      this.checkAssignSink(base, target.name.text, value, site);
      if (value.transformed && value.taints.length === 0 && base.ref === getRootRef('receiver', 'this')) this.schemaHooks.addOverwrite(fn, target.name.text);
      if (target.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const member = this.findClassMember(target, target.name.text);
        if (member !== undefined) this.setEnv(member, value);
        return;
      }
      if (ts.isIdentifier(target.expression)) {
        const declaration = this.scopes.resolve(target.expression);
        if (declaration !== undefined) this.setEnv(declaration, makeObject(new Map([[target.name.text, value]])));
      }
    }
  }

  private evaluateObject(node: ts.ObjectLiteralExpression, fn: ts.Node, context: string | undefined): Value {
    const { ts } = this;
    const fields = new Map<string, Value>();
    const spreads: Value[] = [];
    let fromRequest = false;
    for (let i = 0; i < node.properties.length; i++) {
      const property = node.properties[i];
      if (ts.isPropertyAssignment(property)) {
        const key = getPropertyNameText(ts, property.name);
        const value = this.evaluate(property.initializer, fn, key);
        if (key === undefined) {
          spreads.push(getData(value));
          continue;
        }
        // `credentials: 'same-origin'`, `client_secret: process.env.X`: the value shows the key is not a person's data.
        const isNotData = value.config === true || value.transformed === true || isLiteral(ts, property.initializer) || isLiteralList(ts, property.initializer);
        fields.set(key, isNotData ? value : join(value, this.getNameValue(key, property.name, context)));
      } else if (ts.isShorthandPropertyAssignment(property)) {
        fields.set(property.name.text, this.evaluate(property.name, fn));
      } else if (ts.isSpreadAssignment(property)) {
        // `errors: { ...(taken ? { email: ['is taken'] } : {}) }`: the spread's keys are this object's, in its context.
        const spread = this.evaluate(property.expression, fn, context);
        if (spread.fields !== undefined) for (const [key, value] of spread.fields) fields.set(key, value);
        else spreads.push(getData(spread));
        if (spread.request === true) fromRequest = true;
      }
    }
    const object = makeObject(fields, spreads);
    // `{ ...req.body.user, demo: false }` is still the request's fields, wherever it is read.
    return fromRequest ? createValue({ taints: object.taints, params: object.params, fields: object.fields, request: true }) : object;
  }

  // --- calls ----------------------------------------------------------------------------------

  private evaluateCall(node: ts.CallExpression | ts.NewExpression, fn: ts.Node): Value {
    const { ts } = this;
    const required = getRequiredModule(ts, node);
    if (required !== undefined) {
      // A project file's `module.exports`, when the analysis has that file: `const User = require('../models/User')`.
      const file = this.scopes.getFileForSpecifier(node.getSourceFile(), required);
      return file === undefined ? refValue(getRootRef('module', normaliseModuleName(required))) : this.getDeclarationValue(file);
    }
    // A method's receiver is evaluated once, for the callee and for the method's own semantics:
    // evaluating it again would evaluate a chain `a().b().c()` exponentially often.
    const access = ts.isPropertyAccessExpression(node.expression) ? node.expression : undefined;
    const receiver = access === undefined ? EMPTY : this.evaluate(access.expression, fn);
    const callee = access === undefined ? this.evaluate(node.expression, fn) : this.readProperty(receiver, access.name.text, access, getExpressionName(ts, access.expression), access.expression);
    const args = node.arguments === undefined || node.arguments.length === 0 ? NO_ARGUMENTS : mapList(node.arguments, (arg) => this.evaluate(arg, fn));
    const isNew = ts.isNewExpression(node);
    const op = isNew ? 'new' : '()';
    const calleeText = getCalleeText(ts, node.expression);
    if (isReactUseState(callee.ref) && node.arguments !== undefined && node.arguments.length > 0 && ts.isObjectLiteralExpression(node.arguments[0])) {
      return makeObject(new Map([['0', this.getFormModel(node.arguments[0], args[0])]]));
    }
    const ref: Ref | undefined = callee.ref === undefined ? undefined : extendRef(callee.ref, op, this.getBaseUrl(callee.ref, args));

    if (callee.ref !== undefined) {
      // An injected service carries no data: the field it is kept in is known by its name, as a constructor parameter is.
      if (this.lookups.isInjector(callee.ref, op)) return EMPTY;
      const sinks = this.lookups.getSinks(callee.ref, op);
      for (let i = 0; i < sinks.length; i++) this.applySink(sinks[i], node, args, callee.ref, calleeText);
    }
    this.collectFromCall(node, callee.ref, calleeText);

    const transform = this.getTransform(node, callee, calleeText);
    if (transform !== undefined) return this.applyTransform(transform, node, args, ref);

    // `new ConflictException(`PAN ${pan} taken`)`: an error carries its message to whoever catches or serialises it.
    if (isNew && /(Error|Exception)$/.test(calleeText)) return this.withStep(join(...args.map(getData)), node, `put into ${calleeText}`);

    const target = this.getCallTarget(node, callee);
    if (target !== undefined) return createValue({ ...this.applySummary(target, node, args), ref: undefined });

    if (PASS_THROUGH_FUNCTIONS.has(calleeText) || PASS_THROUGH_FUNCTIONS.has(getLastName(calleeText))) {
      return this.withStep(join(...args.map((a) => (calleeText.endsWith('assign') || calleeText === 'structuredClone' || calleeText === 'JSON.parse' ? a : getData(a)))), node, `passed through ${calleeText}()`);
    }
    if (ts.isCallExpression(node) && access !== undefined) {
      const method = access.name.text;
      if (method === 'pre') this.addSaveHook(node, access.expression, args[1]?.fn);
      if (PASS_THROUGH_METHODS.has(method) || (method === 'replace' && !isMaskingReplace(ts, node))) {
        return createValue({ ...getData(receiver), fields: method === 'toObject' || method === 'lean' || method === 'get' ? receiver.fields : undefined, ref });
      }
      if (COLLECTING_METHODS.has(method)) {
        this.assign(access.expression, getData(join(...args)), fn, node);
        return EMPTY;
      }
      if (CALLBACK_METHODS.has(method)) {
        const callback = args[0]?.fn;
        if (callback === undefined) return refValue(ref);
        // The element a callback sees carries what the collection carries.
        return getData(this.applySummary(callback, node, [getData(receiver)]));
      }
    }
    if (ref !== undefined && this.lookups.isRequestBody(ref)) return createValue({ request: true, ref, container: ref });
    return refValue(ref);
  }

  /** `userSchema.pre('save', function () { … })`: a function that runs before every save of the schema's documents. */
  private addSaveHook(node: ts.CallExpression, schema: ts.Expression, hook: ts.Node | undefined): void {
    const { ts } = this;
    const event = node.arguments[0];
    if (hook === undefined || event === undefined || !ts.isStringLiteral(event) || !SAVE_HOOKS.has(event.text) || !ts.isIdentifier(schema)) return;
    const declaration = this.scopes.resolve(schema);
    if (declaration !== undefined) this.schemaHooks.addHook(declaration, hook);
  }

  /**
   * `useState({ panNo: '', fullName: '' })`: the state is the form the user fills in, so its keys say
   * what it holds once they type, whatever the empty values it starts from.
   */
  private getFormModel(object: ts.ObjectLiteralExpression, initial: Value): Value {
    const { ts } = this;
    const fields = new Map<string, Value>();
    for (let i = 0; i < object.properties.length; i++) {
      const property = object.properties[i];
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = getPropertyNameText(ts, property.name);
      if (key !== undefined) fields.set(key, join(getField(initial, key) ?? EMPTY, this.getNameValue(key, property.name, undefined)));
    }
    return makeObject(fields);
  }

  private getBaseUrl(ref: Ref, args: readonly Value[]): string | undefined {
    const config = args[0];
    const baseUrl = config?.fields?.get('baseURL')?.text ?? config?.fields?.get('prefixUrl')?.text;
    return baseUrl ?? ref.baseUrl;
  }

  private applySink(sink: SinkSpec, node: ts.CallExpression | ts.NewExpression, args: readonly Value[], calleeRef: Ref | undefined, calleeText: string): void {
    if (sink.column !== undefined) {
      // A migration declares a column by name: `table.string('aadhaar_number')` stores what the name says, in every row.
      const column = node.arguments?.[sink.column];
      if (column !== undefined && this.ts.isStringLiteral(column)) this.sinkValue(this.getNameValue(column.text, column, undefined), column, sink, calleeText, undefined);
      return;
    }
    const data = this.selectArgs(sink, node, args);
    let host: string | null | undefined;
    if (sink.action === 'transmit' && sink.url !== undefined) host = this.getHost(sink, args, calleeRef);
    const value = this.withTypeTaints(data.value, data.nodes, node);
    this.sinkValue(value, node, sink, calleeText, host);
  }

  private selectArgs(sink: SinkSpec, node: ts.CallExpression | ts.NewExpression, args: readonly Value[]): { value: Value; nodes: ts.Node[] } {
    const argNodes = [...(node.arguments ?? [])];
    if (sink.args === undefined) return { value: join(...args.map(withoutRef)), nodes: argNodes };
    const values: Value[] = [];
    const nodes: ts.Node[] = [];
    for (let i = 0; i < sink.args.length; i++) {
      const selector = sink.args[i];
      const value = getFieldAt(args[selector.index], selector.property);
      if (value !== undefined) values.push(withoutRef(value));
      const argNode = argNodes[selector.index];
      const propertyNode = argNode === undefined ? undefined : getPropertyNode(this.ts, argNode, selector.property);
      if (propertyNode !== undefined) nodes.push(propertyNode);
    }
    return { value: join(...values), nodes };
  }

  private getHost(sink: SinkSpec, args: readonly Value[], calleeRef: Ref | undefined): string | null {
    const urlValue = sink.url === undefined ? undefined : args[sink.url];
    const text = urlValue?.text ?? urlValue?.fields?.get('url')?.text;
    const base = calleeRef?.baseUrl;
    if (text !== undefined) {
      const host = this.lookups.getHost(text);
      if (host !== null) return host;
    }
    const joined = base !== undefined && text !== undefined ? base.replace(/\/$/, '') + '/' + text.replace(/^\//, '') : base;
    return joined === undefined ? null : this.lookups.getHost(joined);
  }

  /** Records what `value` carries reaching a sink: concrete categories as hits, parameters into the summary. */
  private sinkValue(value: Value, site: ts.Node, sink: SinkSpec, sinkCall: string, host: string | null | undefined): void {
    if (this.recording) {
      for (let i = 0; i < value.taints.length; i++) this.hits.push({ site, action: sink.action, taint: value.taints[i], sink, sinkCall, host });
      if (value.container !== undefined) this.containers.addSink(value.container, { site, action: sink.action, sink, sinkCall, host });
    }
    if (value.params.length > 0) this.addParamSinks(value, site, sink, sinkCall, host);
  }

  /** The parameters `value` carries reach the sink: each goes into its function's summary. */
  private addParamSinks(value: Value, site: ts.Node, sink: SinkSpec, sinkCall: string, host: string | null | undefined): void {
    const intrinsic = new Set<string>();
    for (let i = 0; i < value.taints.length; i++) intrinsic.add(value.taints[i].category);
    for (let i = 0; i < value.params.length; i++) {
      const param = value.params[i];
      this.addParamSink(param.fn, { sink, action: sink.action, sinkCall, host, site, steps: param.steps, path: param.path, intrinsic, index: param.index });
    }
  }

  private readonly siteIds = new Map<ts.Node, number>();

  /** A number per sink site, for keys: the node itself, without walking up to its file. */
  private getSiteId(site: ts.Node): number {
    let id = this.siteIds.get(site);
    if (id === undefined) {
      id = this.siteIds.size;
      this.siteIds.set(site, id);
    }
    return id;
  }

  /** Records that `fn`'s parameter `paramSink.index` reaches a sink; the object is kept as it is. */
  private addParamSink(fn: ts.Node, paramSink: IndexedParamSink): void {
    let sinks = this.paramSinks.get(fn);
    if (sinks === undefined) {
      sinks = new Map();
      this.paramSinks.set(fn, sinks);
    }
    const key = `${paramSink.index}|${paramSink.path.join('.')}|${paramSink.sink?.id}|${paramSink.action}|${this.getSiteId(paramSink.site)}`;
    if (!sinks.has(key)) {
      sinks.set(key, paramSink);
      this.markChanged(fn);
    }
  }

  /** `value` read by a personal-data name at `site`: for each parameter it comes from, a read into that function's summary. */
  private addParamReads(params: readonly ParamRef[], site: ts.Node, taints: readonly Taint[]): void {
    for (let i = 0; i < params.length; i++) {
      const param = params[i];
      this.addParamRead(param.fn, site, param.index, param.path, taints);
    }
  }

  /** Kept once per site: a function analysed again reads its parameters at the same places. */
  private addParamRead(fn: ts.Node, site: ts.Node, index: number, path: readonly string[], taints: readonly Taint[]): void {
    let reads = this.paramReads.get(fn);
    if (reads === undefined) {
      reads = new Map();
      this.paramReads.set(fn, reads);
    }
    if (reads.has(site)) return;
    reads.set(site, { index, path, taints });
    this.markChanged(fn);
  }

  /** A call passes a request container where `target` reads fields by name: those reads collect them. */
  private applyParamReads(reads: ReadonlyMap<ts.Node, ParamRead>, args: readonly Value[]): void {
    for (const [site, read] of reads) {
      const arg = getFieldAt(args[read.index], read.path);
      if (arg === undefined) continue;
      if (arg.request === true) this.recordCollection(site, read.taints);
      // Passed on from the caller's own parameter (`handler(body) → createAccount(body)`): the caller reads them too.
      for (let i = 0; i < arg.params.length; i++) {
        const param = arg.params[i];
        this.addParamRead(param.fn, site, param.index, param.path, read.taints);
      }
    }
  }

  private readonly checkerTargets = new Map<ts.Node, ts.Node | null>();
  /** `password = await hash(password)`: where a variable is overwritten with a transformed value. */
  private readonly overwrites = new Map<ts.Node, ts.Node[]>();

  private getCallTarget(node: ts.CallExpression | ts.NewExpression, callee: Value): ts.Node | undefined {
    if (callee.fn !== undefined) return callee.fn;
    // Library calls (an import or a global) have no body here to summarise: no need to ask the checker.
    if (this.options.checker === undefined || callee.ref?.root.kind === 'module' || callee.ref?.root.kind === 'global') return undefined;
    let target = this.checkerTargets.get(node);
    if (target === undefined) {
      target = this.askCheckerForTarget(node) ?? null;
      this.checkerTargets.set(node, target);
    }
    return target ?? undefined;
  }

  private askCheckerForTarget(node: ts.CallExpression | ts.NewExpression): ts.Node | undefined {
    const { ts } = this;
    const checker = this.options.checker;
    if (checker === undefined || ts.isNewExpression(node)) return undefined;
    const expression = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
    let symbol = checker.getSymbolAtLocation(expression);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (declaration === undefined || !this.options.files.includes(declaration.getSourceFile())) return undefined;
    if (ts.isFunctionLike(declaration)) return declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) return declaration.initializer;
    return undefined;
  }

  private applySummary(target: ts.Node, node: ts.CallExpression | ts.NewExpression, args: readonly Value[]): Value {
    this.markRead(target);
    const reads = this.paramReads.get(target);
    if (reads !== undefined) this.applyParamReads(reads, args);
    const calleeName = this.getFunctionName(target);
    const { flowSteps } = this.options;
    for (const paramSink of this.paramSinks.get(target)?.values() ?? []) {
      const { index } = paramSink;
      const arg = getFieldAt(args[index], paramSink.path);
      if (arg === undefined) continue;
      const callStep = flowSteps ? { node: node.arguments?.[index] ?? node, message: `passed to ${calleeName}()` } : undefined;
      if (this.recording) {
        for (let j = 0; j < arg.taints.length; j++) {
          const taint = arg.taints[j];
          if (paramSink.intrinsic.has(taint.category)) continue;
          this.hits.push({
            site: node,
            action: paramSink.action,
            taint: { category: taint.category, steps: callStep === undefined ? NO_STEPS : [...taint.steps, callStep, ...paramSink.steps, { node: paramSink.site, message: `reaches ${paramSink.sinkCall}` }] },
            sink: paramSink.sink,
            sinkCall: `${calleeName}() → ${paramSink.sinkCall}`,
            host: paramSink.host,
          });
        }
      }
      for (let j = 0; j < arg.params.length; j++) {
        const param = arg.params[j];
        this.addParamSink(param.fn, { ...paramSink, steps: callStep === undefined ? NO_STEPS : [...param.steps, callStep, ...paramSink.steps], path: [...param.path], intrinsic: new Set(), index: param.index });
      }
    }
    const returned = this.returns.get(target) ?? EMPTY;
    return this.substitute(returned, target, args, node);
  }

  /** Replaces a summary's symbolic parameters with what the caller passed. */
  private substitute(value: Value, target: ts.Node, args: readonly Value[], node: ts.Node, depth = 0): Value {
    const otherParams = value.params.filter((p) => p.fn !== target);
    const parts: Value[] = [createValue({ taints: value.taints, params: otherParams.length === 0 ? undefined : otherParams, transformed: value.transformed, config: value.config })];
    for (let i = 0; i < value.params.length; i++) {
      const param = value.params[i];
      if (param.fn !== target) continue;
      const arg = getFieldAt(args[param.index], param.path);
      if (arg !== undefined) parts.push(this.options.flowSteps ? withStep(arg, node, `returned from ${this.getFunctionName(target)}()`) : arg);
    }
    let fields: Map<string, Value> | undefined;
    if (value.fields !== undefined && depth < 3) {
      fields = new Map();
      for (const [key, field] of value.fields) fields.set(key, this.substitute(field, target, args, node, depth + 1));
    }
    const joined = join(...parts);
    return fields === undefined ? createValue({ ...joined, request: value.request || joined.request }) : createValue({ ...makeObject(fields, [joined]), request: value.request });
  }

  private getFunctionName(fn: ts.Node): string {
    const { ts } = this;
    if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name !== undefined) return fn.name.getText();
    if (fn.parent !== undefined && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
    if (fn.parent !== undefined && ts.isPropertyAssignment(fn.parent)) return fn.parent.name.getText();
    return 'function';
  }

  // --- transforms -----------------------------------------------------------------------------

  private getTransform(node: ts.CallExpression | ts.NewExpression, callee: Value, calleeText: string): TransformKind | undefined {
    const { ts } = this;
    // Most manifests declare no transform functions: then there is nothing to look up by name.
    const manifestKind = this.manifestTransforms.size === 0 ? undefined : (this.manifestTransforms.get(calleeText) ?? this.manifestTransforms.get(getLastName(calleeText)));
    if (manifestKind !== undefined) return manifestKind;
    if (callee.ref !== undefined) {
      const kind = this.lookups.getModuleTransform(callee.ref, ts.isNewExpression(node) ? 'new' : '()');
      if (kind !== undefined) return kind;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (isLastDigitsSlice(ts, node, method)) return 'truncate';
      if (method === 'replace' && isMaskingReplace(ts, node)) return 'mask';
    }
    return callee.fn === undefined ? this.lookups.getVerbTransform(getLastName(calleeText)) : undefined;
  }

  private applyTransform(kind: TransformKind, node: ts.CallExpression | ts.NewExpression, args: readonly Value[], ref: Ref | undefined): Value {
    const { ts } = this;
    if (kind === 'fast_hash') {
      const input = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? join(...args.map(getData)) : EMPTY;
      return createValue({ ...this.withStep(input, node, 'hashed with a fast unsalted hash, which a 12-digit or 10-digit identifier does not survive'), ref });
    }
    return createValue({ ref, transformed: true });
  }

  // --- collections ----------------------------------------------------------------------------

  private collectFromCall(node: ts.CallExpression | ts.NewExpression, ref: Ref | undefined, calleeText: string): void {
    const { ts } = this;
    const { flows } = this.options;
    const first = node.arguments?.[0];
    const op = ts.isNewExpression(node) ? 'new' : '()';
    // Getters and registrars name the field in a string: req.get('x'), formData.get('pan'), register('aadhaar').
    if (first !== undefined && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
      const isGetter = ref !== undefined && this.lookups.isRequestGetter(ref);
      const isRegistrar = flows.registrars.has(getLastName(calleeText));
      if (isGetter || isRegistrar) {
        const named = this.getNameValue(first.text, first, undefined);
        this.recordRequestRead(node, named.taints);
      }
    }
    if (ref === undefined || first === undefined || !ts.isObjectLiteralExpression(first)) return;
    const schema = this.lookups.getSchemaMatch(ref, op);
    if (schema.collects && !isNonInputSchema(ts, node)) this.collectObjectKeys(first, 'collect', undefined);
    for (let i = 0; i < schema.stores.length; i++) this.collectObjectKeys(first, 'store', schema.stores[i]);
    if (schema.stores.length > 0) this.schemaHooks.addSchema(first, node);
  }

  /** Each classified key of a schema object literal is a collected (or stored) field; its site is the key. */
  private collectObjectKeys(object: ts.ObjectLiteralExpression, action: 'collect' | 'store', sink: SinkSpec | undefined): void {
    const { ts } = this;
    if (!this.recording) return;
    const context = getObjectContext(ts, object);
    for (let i = 0; i < object.properties.length; i++) {
      const property = object.properties[i];
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = getPropertyNameText(ts, property.name);
      if (key === undefined || (ts.isPropertyAssignment(property) && isBooleanSchema(ts, property.initializer))) continue;
      for (const taint of this.getNameValue(key, property.name, context).taints) {
        this.hits.push({ site: property.name, action, taint, sink, sinkCall: sink?.id });
      }
      if (ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer) && action === 'store') this.collectObjectKeys(property.initializer, action, sink);
    }
  }

  /** Categories the function being analysed has read from a request: a handler that reads `req.body.email` three times collects it once, at the first read. */
  private readonly readCategories = new Set<string>();

  private recordRequestRead(site: ts.Node, taints: readonly Taint[]): void {
    const unread = taints.filter((taint) => !this.readCategories.has(taint.category));
    for (let i = 0; i < unread.length; i++) this.readCategories.add(unread[i].category);
    this.recordCollection(site, unread);
  }

  private recordCollection(site: ts.Node, taints: readonly Taint[]): void {
    if (!this.recording) return;
    for (let i = 0; i < taints.length; i++) this.hits.push({ site, action: 'collect', taint: taints[i] });
  }

  /** Class-level declarations: DTO fields (collected) and entity columns (stored). */
  private visitDeclarations(): void {
    const { ts } = this;
    const { flows } = this.options;
    for (const node of this.classes) {
      const classDecorators = getDecoratorNames(ts, node);
      const isEntity = classDecorators.some((d) => flows.entityDecorators.has(d));
      const context = node.name?.text;
      // What the server sends (`LoginResponseDto`, a GraphQL `@ObjectType`) is never read from a client.
      const isOutput = classDecorators.some((d) => flows.outputClassDecorators.has(d)) || (context !== undefined && OUTPUT_NAME.test(context));
      const isNamedForInput = context !== undefined && INPUT_CLASS_NAME.test(context);
      // A class-validator class named for what it checks (`EkycValidator`) still holds the data it checks.
      const fieldContext = isEntity || context === undefined ? context : context.replace(/(?:Validators?|Validations?)$/, '') || undefined;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member)) continue;
        const key = getPropertyNameText(ts, member.name);
        if (key === undefined || member.type?.kind === ts.SyntaxKind.BooleanKeyword) continue;
        const decorators = getDecoratorNames(ts, member);
        const isDto = !isOutput && decorators.some((d) => flows.dtoDecorators.has(d) && (isNamedForInput || !flows.docDecorators.has(d)));
        if (!isEntity && !isDto) continue;
        // `@BeforeInsert() hash() { this.password = await argon2.hash(this.password) }`: when every
        // write the class makes to a column removes the data, the column holds what is left.
        const written = this.env.get(member);
        if (isEntity && written !== undefined && written.transformed === true && written.taints.length === 0) continue;
        const sink = isEntity ? flows.sinks.find((s) => s.id === 'typeorm') : undefined;
        for (const taint of this.getNameValue(key, member.name, fieldContext).taints) {
          this.hits.push({ site: member.name, action: isEntity ? 'store' : 'collect', taint, sink, sinkCall: isEntity ? 'entity column' : undefined });
        }
      }
    }
  }

  // --- JSX ------------------------------------------------------------------------------------

  private evaluateJsx(node: ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment, fn: ts.Node): void {
    const { ts } = this;
    const { flows } = this.options;
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : undefined;
    if (opening !== undefined) {
      const tag = opening.tagName.getText();
      for (const attribute of opening.attributes.properties) {
        if (ts.isJsxSpreadAttribute(attribute)) {
          this.evaluate(attribute.expression, fn);
          continue;
        }
        const initializer = attribute.initializer;
        if (initializer === undefined) continue;
        const attributeName = attribute.name.getText();
        if (ts.isStringLiteral(initializer) && attributeName === 'name' && flows.formElements.has(tag)) {
          this.recordCollection(initializer, this.getNameValue(initializer.text, initializer, undefined).taints);
        } else if (ts.isJsxExpression(initializer) && initializer.expression !== undefined) {
          const value = this.evaluate(initializer.expression, fn);
          // `<img src={user.photo}>`, `<a href={`tel:${phone}`}>`, `title={email}`: shown or followed on the page, as children are.
          if (RENDERED_ATTRIBUTES.has(attributeName)) this.sinkValue(getData(value), initializer, JSX_SINK, 'JSX', undefined);
        }
      }
    }
    const children = ts.isJsxSelfClosingElement(node) ? [] : node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (ts.isJsxExpression(child) && child.expression !== undefined) {
        const value = this.evaluate(child.expression, fn);
        this.sinkValue(getData(value), child, JSX_SINK, 'JSX', undefined);
      } else if (ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child) || ts.isJsxFragment(child)) {
        this.evaluateJsx(child, fn);
      }
    }
  }

  private checkAssignSink(base: Value, property: string, value: Value, site: ts.Node): void {
    if (base.ref === undefined) return;
    for (const sink of this.lookups.getAssignSinks(base.ref, property)) this.sinkValue(getData(value), site, sink, `${[base.ref.root.name, ...base.ref.path].join('.')}.${property} =`, undefined);
  }

  /** withStep, when values carry their steps. */
  private withStep(value: Value, node: ts.Node, message: string): Value {
    return this.options.flowSteps ? withStep(value, node, message) : value;
  }

  // --- names and types ------------------------------------------------------------------------

  private getNameValue(name: string, node: ts.Node, context: string | undefined): Value {
    const { category } = classifyName(name, this.options.catalogue, { context });
    if (category === null) return EMPTY;
    const label = this.options.catalogue.categories.get(category)?.label ?? category;
    return createValue({ taints: [{ category, steps: this.options.flowSteps ? [{ node, message: `"${name}" holds ${label}` }] : NO_STEPS }] });
  }

  /** Only at sinks, only when syntax found nothing: the checker says what a typed object holds. */
  private withTypeTaints(value: Value, nodes: readonly ts.Node[], site: ts.Node): Value {
    const checker = this.options.checker;
    if (checker === undefined || value.taints.length > 0) return value;
    const taints: Taint[] = [];
    for (const node of nodes.flatMap((n) => this.getTypedParts(n))) {
      if (!this.isTypeWorthAsking(node) || this.isShapeKnown(node)) continue;
      for (const taint of getTypeTaints(this.ts, checker, node, this.options.catalogue)) {
        taints.push(this.options.flowSteps ? { ...taint, steps: [...taint.steps, { node: site, message: 'reaches the sink' }] } : { ...taint, steps: NO_STEPS });
      }
    }
    return taints.length === 0 ? value : join(value, createValue({ taints }));
  }

  /** A variable whose object literal (or configuration) the analysis has already read needs no type. */
  private isShapeKnown(node: ts.Node): boolean {
    const { ts } = this;
    if (!ts.isIdentifier(node)) return false;
    const declaration = this.scopes.resolve(node);
    if (declaration === undefined) return false;
    const value = this.getDeclarationValue(declaration);
    return value.fields !== undefined || value.config === true;
  }

  /** An object literal's spreads and values (`{ ...application, decision }`) are asked one by one. */
  private getTypedParts(node: ts.Node): ts.Node[] {
    const { ts } = this;
    if (!ts.isObjectLiteralExpression(node)) return [node];
    return node.properties.flatMap((p) => (ts.isSpreadAssignment(p) ? [p.expression] : ts.isPropertyAssignment(p) ? [p.initializer] : ts.isShorthandPropertyAssignment(p) ? [p.name] : []));
  }

  /** Literals and calls to the logger's own formatters never hide a typed record. */
  private isTypeWorthAsking(node: ts.Node): boolean {
    const { ts } = this;
    return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isAwaitExpression(node) || ts.isCallExpression(node);
  }
}

// --- syntax helpers ---------------------------------------------------------------------------

/** The expression at `path` inside an object literal argument (`{ data: x }` → `x`), for type questions. */
function getPropertyNode(ts: TypeScript, node: ts.Node, path: readonly string[]): ts.Node | undefined {
  let current: ts.Node = node;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (!ts.isObjectLiteralExpression(current)) return undefined;
    const property = current.properties.find((p) => p.name !== undefined && getPropertyNameText(ts, p.name) === key);
    if (property === undefined) return undefined;
    current = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : property;
  }
  return current;
}

function isProjectSpecifier(specifier: string): boolean {
  return /^(\.|@\/|~\/|#|\/|src\/)/.test(specifier);
}

/** `process.env.X`, `env.jackson.apiKey`, `config.apiKey`: the application's own settings. */
const CONFIG_ROOTS = new Set(['env', 'config', 'configuration', 'settings', 'secrets', 'constants', 'conf', 'appconfig']);

function isConfigObject(ts: TypeScript, node: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && node.name.text === 'env') return true;
  // Vite's (and Astro's, SvelteKit's) build-time settings.
  if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.name.text === 'env') return true;
  if (ts.isIdentifier(node)) return CONFIG_ROOTS.has(node.text.toLowerCase());
  if (ts.isPropertyAccessExpression(node)) return isConfigObject(ts, node.expression);
  return false;
}

// Not `settings`: a settings page's schema holds what the user types into it.
const CONFIGURATION_WORDS: ReadonlySet<string> = new Set(['config', 'configuration', 'env', 'environment']);

/**
 * Validation schemas that check something other than client input: the application's own settings
 * (any schema in `config.schema.ts` or `env.ts`, or named `envSchema`), or what the server sends
 * (`ZFindMembersResponseSchema`), nested objects included.
 */
function isNonInputSchema(ts: TypeScript, call: ts.Node): boolean {
  const fileName = call.getSourceFile().fileName;
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  if (baseName.split('.').slice(0, -1).some((part) => splitIdentifier(part).some((word) => CONFIGURATION_WORDS.has(word)))) return true;
  let node = call.parent;
  while (node !== undefined && (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) || ts.isPropertyAssignment(node) || ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) || ts.isParenthesizedExpression(node))) node = node.parent;
  const name = node !== undefined && ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : undefined;
  return name !== undefined && (OUTPUT_NAME.test(name) || splitIdentifier(name).some((word) => CONFIGURATION_WORDS.has(word)));
}

function isLiteral(ts: TypeScript, node: ts.Expression): boolean {
  return ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword;
}

/** `const email = 'admin@lendwise.in'`: bound once, to a literal. */
function isConstantLiteral(ts: TypeScript, declaration: ts.Node): boolean {
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer === undefined || !isLiteral(ts, declaration.initializer)) return false;
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** `email: ['has already been taken']`: messages about a field, not the field's data. */
function isLiteralList(ts: TypeScript, node: ts.Expression): boolean {
  return ts.isArrayLiteralExpression(node) && node.elements.length > 0 && node.elements.every((element) => isLiteral(ts, element));
}

/** `sentViaEmail: yup.boolean()`, `{ type: Boolean }`: a flag about the data, whatever its name says. */
function isBooleanSchema(ts: TypeScript, node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'Boolean';
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.some((p) => ts.isPropertyAssignment(p) && getPropertyNameText(ts, p.name) === 'type' && isBooleanSchema(ts, p.initializer));
  }
  for (let current: ts.Node = node; ts.isCallExpression(current) || ts.isPropertyAccessExpression(current); current = current.expression) {
    if (ts.isPropertyAccessExpression(current) && /^(boolean|bool)$/.test(current.name.text)) return true;
  }
  return false;
}

/**
 * Whether the analysis could read this string as a name (getNameValue's callers): a property name
 * or key (`{ 'pan': … }`, `row['pan']`, `{ 'pan': p } = …`), a getter's or registrar's first argument
 * (`req.get('pan')`, `register('pan')`). Any other string is only ever a value, so the name screen
 * need not look at it. (A form field's JSX `name="pan"` is read too, but the attribute's own name,
 * `name`, already passes the screen.)
 */
function isNameString(ts: TypeScript, node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return parent.arguments?.[0] === node;
  if (ts.isElementAccessExpression(parent)) return parent.argumentExpression === node;
  if (ts.isComputedPropertyName(parent)) return true;
  const named = parent as { name?: ts.Node; propertyName?: ts.Node };
  return named.name === node || named.propertyName === node;
}

/** The name being declared (`mobile` in `const { mobile } = …`), not a read of it. */
function isDeclarationName(ts: TypeScript, node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isBindingElement(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    ts.isImportSpecifier(parent) || ts.isImportClause(parent)
  );
}

/** `isMobilePhone(mobile)`, `validatePan(pan)`: checking a value is not using it. */
function isValidationArgument(ts: TypeScript, node: ts.Identifier): boolean {
  const call = node.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(node)) return false;
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : '';
  return /^(validate|isValid|is[A-Z]|check|assert|ensure|verify)/.test(callee);
}

function getEnclosingFunction(ts: TypeScript, node: ts.Node): ts.Node | undefined {
  for (let current = node.parent; current !== undefined; current = current.parent) if (ts.isFunctionLike(current)) return current;
  return undefined;
}

/**
 * A `.min.js` file, or one whose lines average over 250 characters: a bundle or minified vendor
 * file, which the team did not write and which would cost seconds to follow for nothing.
 */
export function isMinified(file: ts.SourceFile): boolean {
  if (/\.min\.(c|m)?js$/.test(file.fileName)) return true;
  const text = file.text;
  if (text.length < 20_000) return false;
  const lines = text.split('\n').length;
  return text.length / lines > 250;
}

/** `require('winston')` is an import of winston. */
function isReactUseState(ref: Ref | undefined): boolean {
  return ref !== undefined && ref.root.kind === 'module' && ref.root.name === 'react' && ref.path.length === 1 && ref.path[0] === 'useState';
}

/** Classes and schemas named for what the server sends (`LoginResponseDto`, `ZFindMembersResponseSchema`). */
const OUTPUT_NAME = /(?:Response|Output|Result|Reply|View)(?:Schema|Dto|DTO)?$/;
const INPUT_CLASS_NAME = /(?:Dto|DTO|Input|Request|Body|Params|Query|Args|Command|Payload|Form)$/;

function isModuleExports(ts: TypeScript, node: ts.PropertyAccessExpression): boolean {
  return node.name.text === 'exports' && ts.isIdentifier(node.expression) && node.expression.text === 'module';
}

function getRequiredModule(ts: TypeScript, node: ts.CallExpression | ts.NewExpression): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const [first] = node.arguments;
  return first !== undefined && ts.isStringLiteral(first) ? first.text : undefined;
}

const manifestTransforms = new WeakMap<Manifest, ReadonlyMap<string, TransformKind>>();

/** The manifest's transform functions by name (`maskPan` → mask): per manifest, not per engine. */
function getManifestTransforms(manifest: Manifest): ReadonlyMap<string, TransformKind> {
  return getCached(manifestTransforms, manifest, () => {
    const kinds: Record<string, TransformKind> = { mask: 'mask', redact: 'mask', hash: 'slow_hash', encrypt: 'encrypt', tokenize: 'tokenize', truncate: 'truncate' };
    const byName = new Map<string, TransformKind>();
    for (const [kind, names] of Object.entries(manifest.transforms)) for (const name of names) byName.set(name, kinds[kind]);
    return byName;
  });
}

/** `logger.info` → `info`. */
function getLastName(calleeText: string): string {
  return calleeText.slice(calleeText.lastIndexOf('.') + 1);
}

function withoutRef(value: Value): Value {
  return value.ref === undefined && value.fn === undefined ? value : createValue({ ...value, ref: undefined, fn: undefined });
}

export function getPropertyNameText(ts: TypeScript, name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && (ts.isStringLiteral(name.expression) || ts.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

function nameOf(ts: TypeScript, name: ts.BindingName): string | undefined {
  return ts.isIdentifier(name) ? name.text : undefined;
}

/** The name an expression reads as: `customer` for `req.body.customer`, `aadhaar` for `this.aadhaar`. */
export function getExpressionName(ts: TypeScript, node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && (ts.isStringLiteral(node.argumentExpression) || ts.isNoSubstitutionTemplateLiteral(node.argumentExpression))) return node.argumentExpression.text;
  if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) return getExpressionName(ts, node.expression);
  if (ts.isCallExpression(node)) return getExpressionName(ts, node.expression);
  return undefined;
}

function getCalleeText(ts: TypeScript, node: ts.Expression): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return `${getCalleeText(ts, node.expression)}.${node.name.text}`;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isCallExpression(node)) return `${getCalleeText(ts, node.expression)}()`;
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAwaitExpression(node)) return getCalleeText(ts, node.expression);
  return '…';
}

function getObjectContext(ts: TypeScript, object: ts.ObjectLiteralExpression): string | undefined {
  let node: ts.Node = object.parent;
  while (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isPropertyAccessExpression(node) || ts.isParenthesizedExpression(node)) node = node.parent;
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isPropertyAssignment(node)) return getPropertyNameText(ts, node.name);
  return undefined;
}

export function getDecoratorNames(ts: TypeScript, node: ts.Node): string[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).map((decorator) => {
    const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
    return ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : '';
  });
}

function hasExportModifier(ts: TypeScript, node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** `x.slice(-4)`, `x.substr(-4)`, `x.substring(x.length - 4)`: the last four characters, which masking rules allow. */
function isLastDigitsSlice(ts: TypeScript, node: ts.CallExpression, method: string): boolean {
  const [first] = node.arguments;
  if (first === undefined) return false;
  if ((method === 'slice' || method === 'substr') && ts.isPrefixUnaryExpression(first) && first.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(first.operand)) {
    return Number(first.operand.text) <= 4 && node.arguments.length === 1;
  }
  if (method === 'substring' || method === 'slice') {
    return ts.isBinaryExpression(first) && first.operatorToken.kind === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(first.right) && Number(first.right.text) <= 4 && /\.length$/.test(first.left.getText());
  }
  return false;
}

/** `x.replace(/\d(?=\d{4})/g, 'X')`: a regular expression replaced by mask characters. */
function isMaskingReplace(ts: TypeScript, node: ts.CallExpression): boolean {
  const [pattern, replacement] = node.arguments;
  if (pattern === undefined || replacement === undefined) return false;
  const isMaskText = (text: string) => /^[Xx*#•]+$/.test(text);
  if (ts.isStringLiteral(replacement)) return ts.isRegularExpressionLiteral(pattern) && isMaskText(replacement.text);
  return false;
}
