import { dirname } from 'node:path';
import { ts } from 'ts-morph';
import { ScanError } from './scan-error';

export interface TsconfigFiles {
  /** Absolute path of the tsconfig.json. */
  file: string;
  options: ts.CompilerOptions;
  /** Absolute paths of the files its include/files/exclude select. */
  fileNames: string[];
}

/** "The root value of a 'tsconfig.json' file must be an object": as fatal as a syntax error. */
const ROOT_NOT_OBJECT = 5092;

/**
 * A tsconfig and, depth first, every project it references (monorepos, solution-style configs with
 * `files: []`). Option errors are ignored: nothing is compiled, and a TS 5 config that TS 6 deprecates
 * still lists the right files. Only a config that cannot be read or is not JSON stops the scan.
 */
export function readTsconfigTree(configFile: string, getDisplayPath: (file: string) => string): TsconfigFiles[] {
  const seen = new Set<string>();
  const configs: TsconfigFiles[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const parsed = parseTsconfig(file, getDisplayPath);
    configs.push({ file, options: parsed.options, fileNames: parsed.fileNames.map((name) => ts.sys.resolvePath(name)) });
    for (const reference of parsed.projectReferences ?? []) visit(ts.resolveProjectReferencePath(reference));
  };
  visit(configFile);
  return configs;
}

function parseTsconfig(file: string, getDisplayPath: (file: string) => string): ts.ParsedCommandLine {
  // getParsedCommandLineOfConfigFile would drop JSON syntax errors: they stay on the JSON source file.
  const json = ts.readJsonConfigFile(file, ts.sys.readFile);
  const [syntaxError] = (json as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (syntaxError !== undefined) throw new ScanError(formatConfigDiagnostic(file, syntaxError, getDisplayPath));
  const parsed = ts.parseJsonSourceFileConfigFileContent(json, ts.sys, dirname(file), undefined, file);
  const rootError = parsed.errors.find((error) => error.code === ROOT_NOT_OBJECT);
  if (rootError !== undefined) throw new ScanError(formatConfigDiagnostic(file, rootError, getDisplayPath));
  return parsed;
}

function formatConfigDiagnostic(file: string, diagnostic: ts.Diagnostic, getDisplayPath: (file: string) => string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').replace(/\.$/, '');
  if (diagnostic.file === undefined || diagnostic.start === undefined) return `${getDisplayPath(file)}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${getDisplayPath(diagnostic.file.fileName)}:${line + 1}:${character + 1}: ${message}`;
}
