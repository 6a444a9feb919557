import type * as ts from 'typescript';
import { basename, dirname, join, normalize } from 'node:path';
import type { TypeScript } from './analyze';
import { getCached } from '../core/cached';
import { DeclarationForm, getSyntaxForms, ScopeForm } from './syntax-forms';

/** A package of the scanned workspace: its folder, and the files its package.json names as its entry. */
export interface WorkspacePackage {
  dir: string;
  entries: readonly string[];
}

const SCRIPT_CANDIDATES = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js'];

/** Any script or declaration extension, for a package entry that names its built file. */
const ANY_SCRIPT_EXTENSION = /\.d\.[cm]?ts$|\.[cm]?[jt]sx?$/;

/** What an import of a TypeScript file may end with in place of its own extension. */
const SCRIPT_EXTENSION = /\.(js|jsx|mjs|cjs)$/;

/**
 * Name resolution without a type checker: which declaration an identifier refers to, within a
 * file and across the program's files through relative imports. The ESLint plugin (one file, no
 * program) and the scanner's --no-types mode need it; the typed scanner gets the same answers.
 */
export class Scopes {
  private readonly declarationsByScope = new Map<ts.Node, Map<string, ts.Node>>();
  private readonly filesByPath = new Map<string, ts.SourceFile>();

  /** Every file's path without its extension, and the folder of every index file: what an import can name. */
  private readonly stems = new Set<string>();
  /** The last segment of each of those paths and of each file's own name: an import's last segment must be one. */
  private readonly lastSegments = new Set<string>();

  /** Which node kinds open a scope (and of what form), and what each statement declares, by kind (syntax-forms.ts). */
  private readonly scopeForms: Uint8Array;
  private readonly declarationForms: Uint8Array;

  constructor(
    private readonly ts: TypeScript,
    files: readonly ts.SourceFile[],
    /** The workspace's packages by name (the scanner's): `@acme/db` is a project file too. */
    private readonly packages: ReadonlyMap<string, WorkspacePackage> = new Map(),
  ) {
    const forms = getSyntaxForms(ts);
    this.scopeForms = forms.scopes;
    this.declarationForms = forms.declarations;
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const path = normalize(file.fileName);
      this.filesByPath.set(path, file);
      const stem = path.replace(/\.[^./\\]+$/, '');
      this.stems.add(stem);
      this.lastSegments.add(basename(path)).add(basename(stem));
      if (/[\\/]index$/.test(stem)) {
        this.stems.add(dirname(stem));
        this.lastSegments.add(basename(dirname(stem)));
      }
    }
  }

  /** The declaration `identifier` names: a variable, parameter, binding element, function, class or import. */
  resolve(identifier: ts.Identifier): ts.Node | undefined {
    const name = identifier.text;
    for (let node: ts.Node | undefined = identifier.parent; node !== undefined; node = node.parent) {
      if (!this.isScope(node)) continue;
      const found = this.getDeclarations(node).get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Follows an import of a project file to the declaration it names, or undefined for packages. */
  resolveImport(declaration: ts.Node): ts.Node | undefined {
    const { ts } = this;
    let importDeclaration: ts.Node;
    let exportName: string;
    if (ts.isImportSpecifier(declaration)) {
      importDeclaration = declaration.parent.parent.parent;
      exportName = (declaration.propertyName ?? declaration.name).text;
    } else if (ts.isImportClause(declaration)) {
      importDeclaration = declaration.parent;
      exportName = 'default';
    } else {
      return undefined;
    }
    if (!ts.isImportDeclaration(importDeclaration)) return undefined;
    const file = this.getImportedFile(importDeclaration);
    return file === undefined ? undefined : this.getExport(file, exportName, 0);
  }

  getModuleSpecifier(declaration: ts.Node): string | undefined {
    const { ts } = this;
    const importDeclaration: ts.Node | undefined = ts.isImportSpecifier(declaration)
      ? declaration.parent.parent.parent
      : ts.isImportClause(declaration)
        ? declaration.parent
        : ts.isNamespaceImport(declaration)
          ? declaration.parent.parent
          : undefined;
    if (importDeclaration === undefined || !ts.isImportDeclaration(importDeclaration) || !ts.isStringLiteral(importDeclaration.moduleSpecifier)) return undefined;
    return importDeclaration.moduleSpecifier.text;
  }

  private getImportedFile(importDeclaration: ts.ImportDeclaration): ts.SourceFile | undefined {
    const { ts } = this;
    if (!ts.isStringLiteral(importDeclaration.moduleSpecifier)) return undefined;
    return this.getFileForSpecifier(importDeclaration.getSourceFile(), importDeclaration.moduleSpecifier.text);
  }

  private readonly filesBySpecifier = new Map<string, ts.SourceFile | null>();

  getFileForSpecifier(from: ts.SourceFile, specifier: string): ts.SourceFile | undefined {
    if (!specifier.startsWith('.')) return this.packages.size === 0 ? undefined : getCached(this.filesBySpecifier, specifier, () => this.getPackageFile(specifier) ?? null) ?? undefined;
    if (!this.couldNameFile(specifier)) return undefined;
    const key = `${dirname(from.fileName)}\u0000${specifier}`;
    return getCached(this.filesBySpecifier, key, () => this.findFileForSpecifier(from, specifier) ?? null) ?? undefined;
  }

  /**
   * Whether a relative specifier's last segment names one of the files (`./db`, `./db.js`) or an
   * index file's folder. Most imports of a file linted on its own name none: this says so without
   * working out a path.
   */
  private couldNameFile(specifier: string): boolean {
    const last = specifier.slice(Math.max(specifier.lastIndexOf('/'), specifier.lastIndexOf('\\')) + 1);
    if (last === '' || last === '.' || last === '..') return true;
    return this.lastSegments.has(last) || this.lastSegments.has(last.replace(SCRIPT_EXTENSION, ''));
  }

  /** `@acme/db` (its package.json's entry, else its index) or `@acme/lib/mail` (a file in it, or in its src). */
  private getPackageFile(specifier: string): ts.SourceFile | undefined {
    const segments = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    const workspace = this.packages.get(segments.slice(0, nameLength).join('/'));
    if (workspace === undefined) return undefined;
    const rest = segments.slice(nameLength).join('/');
    const paths = rest === '' ? [...workspace.entries, join(workspace.dir, 'index'), join(workspace.dir, 'src', 'index')] : [join(workspace.dir, rest), join(workspace.dir, 'src', rest)];
    for (const path of paths) {
      // An entry may name the built file (`./dist/index.js`) or a declaration: the source beside it counts.
      const file = this.findFile(path, path.replace(ANY_SCRIPT_EXTENSION, ''));
      if (file !== undefined) return file;
    }
    return undefined;
  }

  /** The file at `exact`, else `base` with a script extension or as a folder's index. */
  private findFile(exact: string, base: string): ts.SourceFile | undefined {
    const file = this.filesByPath.get(normalize(exact));
    if (file !== undefined) return file;
    for (const ext of SCRIPT_CANDIDATES) {
      const candidate = this.filesByPath.get(normalize(base + ext));
      if (candidate !== undefined) return candidate;
    }
    return undefined;
  }

  private findFileForSpecifier(from: ts.SourceFile, specifier: string): ts.SourceFile | undefined {
    const exact = join(dirname(from.fileName), specifier);
    // `../lib/` names the folder as `../lib` does.
    const base = exact.replace(SCRIPT_EXTENSION, '').replace(/(?<=.)[\\/]+$/, '');
    if (!this.stems.has(base) && !this.filesByPath.has(exact)) return undefined;
    return this.findFile(exact, base);
  }

  private getExport(file: ts.SourceFile, name: string, depth: number): ts.Node | undefined {
    const { ts } = this;
    if (depth > 5) return undefined;
    for (const statement of file.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const isDefault = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && exported) {
        if ((isDefault && name === 'default') || statement.name?.text === name) return statement;
      }
      if (ts.isVariableStatement(statement) && exported) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
        }
      }
      if (ts.isExportAssignment(statement) && name === 'default') {
        return ts.isIdentifier(statement.expression) ? this.getDeclarations(file).get(statement.expression.text) : statement.expression;
      }
      if (ts.isExportDeclaration(statement)) {
        const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? this.getFileForSpecifier(file, statement.moduleSpecifier.text) : undefined;
        if (statement.exportClause === undefined && target !== undefined) {
          const found = this.getExport(target, name, depth + 1);
          if (found !== undefined) return found;
        } else if (statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
          for (const element of statement.exportClause.elements) {
            if (element.name.text !== name) continue;
            const local = (element.propertyName ?? element.name).text;
            return target !== undefined ? this.getExport(target, local, depth + 1) : this.getDeclarations(file).get(local);
          }
        }
      }
    }
    return undefined;
  }

  private isScope(node: ts.Node): boolean {
    return this.scopeForms[node.kind] !== ScopeForm.None;
  }

  private getDeclarations(scope: ts.Node): Map<string, ts.Node> {
    let declarations = this.declarationsByScope.get(scope);
    if (declarations === undefined) {
      declarations = this.collectDeclarations(scope);
      this.declarationsByScope.set(scope, declarations);
    }
    return declarations;
  }

  private collectDeclarations(scope: ts.Node): Map<string, ts.Node> {
    const { ts } = this;
    const map = new Map<string, ts.Node>();
    const forms = this.declarationForms;
    switch (this.scopeForms[scope.kind] as ScopeForm) {
      // Most statements declare nothing: only those that do are looked at.
      case ScopeForm.Statements: {
        const statements = (scope as ts.SourceFile | ts.Block | ts.ModuleBlock).statements;
        for (let i = 0; i < statements.length; i++) if (forms[statements[i].kind] !== DeclarationForm.None) addStatement(ts, forms, map, statements[i]);
        break;
      }
      case ScopeForm.CaseBlock:
        for (const clause of (scope as ts.CaseBlock).clauses) for (const statement of clause.statements) if (forms[statement.kind] !== DeclarationForm.None) addStatement(ts, forms, map, statement);
        break;
      case ScopeForm.Function: {
        const fn = scope as ts.SignatureDeclaration;
        for (let i = 0; i < fn.parameters.length; i++) {
          const parameter = fn.parameters[i];
          addBinding(ts, map, parameter.name, parameter);
        }
        if (ts.isFunctionExpression(fn) && fn.name) map.set(fn.name.text, fn);
        break;
      }
      case ScopeForm.Loop: {
        const initializer = (scope as ts.ForStatement | ts.ForOfStatement | ts.ForInStatement).initializer;
        if (initializer && ts.isVariableDeclarationList(initializer)) {
          for (let i = 0; i < initializer.declarations.length; i++) {
            const d = initializer.declarations[i];
            addBinding(ts, map, d.name, d);
          }
        }
        break;
      }
      case ScopeForm.Catch: {
        const declaration = (scope as ts.CatchClause).variableDeclaration;
        if (declaration) addBinding(ts, map, declaration.name, declaration);
        break;
      }
      case ScopeForm.Class:
      case ScopeForm.None:
        break;
    }
    return map;
  }
}

/** What `statement` declares in its scope, by its kind's DeclarationForm (syntax-forms.ts). */
function addStatement(ts: TypeScript, forms: Uint8Array, map: Map<string, ts.Node>, statement: ts.Node): void {
  switch (forms[statement.kind] as DeclarationForm) {
    case DeclarationForm.Variables: {
      const declarations = (statement as ts.VariableStatement).declarationList.declarations;
      for (let i = 0; i < declarations.length; i++) addBinding(ts, map, declarations[i].name, declarations[i]);
      return;
    }
    case DeclarationForm.Named: {
      const name = (statement as ts.FunctionDeclaration | ts.ClassDeclaration | ts.EnumDeclaration).name;
      if (name) map.set(name.text, statement);
      return;
    }
    case DeclarationForm.Import: {
      const clause = (statement as ts.ImportDeclaration).importClause;
      if (!clause) return;
      if (clause.name) map.set(clause.name.text, clause);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) map.set(bindings.name.text, bindings);
      if (bindings && ts.isNamedImports(bindings)) {
        for (let i = 0; i < bindings.elements.length; i++) {
          const element = bindings.elements[i];
          map.set(element.name.text, element);
        }
      }
      return;
    }
    case DeclarationForm.ImportEquals:
      map.set((statement as ts.ImportEqualsDeclaration).name.text, statement);
      return;
    case DeclarationForm.None:
      return;
  }
}

/** A binding's names (destructuring included); an element that is one name is its own declaration. */
function addBinding(ts: TypeScript, map: Map<string, ts.Node>, name: ts.BindingName, declaration: ts.Node): void {
  if (ts.isIdentifier(name)) {
    map.set(name.text, declaration);
    return;
  }
  for (let i = 0; i < name.elements.length; i++) {
    const element = name.elements[i];
    if (ts.isBindingElement(element)) addBinding(ts, map, element.name, ts.isIdentifier(element.name) ? element : declaration);
  }
}

/** Normalises a path for comparisons (used by the scanner for file selection too). */
export function toPosix(path: string): string {
  return path.split('\\').join('/');
}
