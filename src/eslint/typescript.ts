import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type * as ts from 'typescript';
import type { TypeScript } from '../analysis/analyze';

let loaded: TypeScript | undefined;

/**
 * The `typescript` module that typescript-eslint's parser uses when it is installed (so that its
 * ASTs and this module share one SyntaxKind, SPEC §9), else the project's `typescript`, else the copy
 * ts-morph bundles (a dependency of this package, so JavaScript-only projects need nothing else).
 */
export function getTypeScript(): TypeScript {
  if (loaded === undefined) loaded = loadTypeScript();
  return loaded;
}

function loadTypeScript(): TypeScript {
  const attempts: Array<() => TypeScript> = [
    () => createRequire(require.resolve('@typescript-eslint/typescript-estree'))('typescript') as TypeScript,
    () => require('typescript') as TypeScript,
    () => (require('ts-morph') as { ts: TypeScript }).ts,
  ];
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** How TypeScript should read a file, from its extension; JavaScript files may hold JSX. */
export function getScriptKind(tsModule: TypeScript, filename: string): ts.ScriptKind {
  switch (extname(filename).toLowerCase()) {
    case '.ts':
    case '.mts':
    case '.cts':
      return tsModule.ScriptKind.TS;
    case '.tsx':
      return tsModule.ScriptKind.TSX;
    case '.jsx':
      return tsModule.ScriptKind.JSX;
    default:
      // .js, .mjs, .cjs and names without a known extension (`<text>`): JavaScript, JSX allowed.
      return tsModule.ScriptKind.JS;
  }
}

/** Parses the text ESLint linted, with parent pointers (the engine walks up the tree). */
export function parseSourceFile(tsModule: TypeScript, filename: string, text: string): ts.SourceFile {
  const options: ts.CreateSourceFileOptions = { languageVersion: tsModule.ScriptTarget.Latest };
  // JSDoc is never read by the analysis; skipping it makes parsing cheaper where TypeScript allows it.
  if (tsModule.JSDocParsingMode !== undefined) options.jsDocParsingMode = tsModule.JSDocParsingMode.ParseNone;
  return tsModule.createSourceFile(filename, text, options, true, getScriptKind(tsModule, filename));
}

/** TypeScript keeps syntax errors in an internal property; a file with any is not analysed (as in the scanner). */
export function hasSyntaxErrors(sourceFile: ts.SourceFile): boolean {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  return diagnostics !== undefined && diagnostics.length > 0;
}
