import type { ts } from 'ts-morph';
import type { Notification } from '../core/findings';

interface ParsedSourceFile {
  fileName: string;
  /** TypeScript keeps syntax errors here; the property is internal, so it is not in the typings. */
  parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

/**
 * The notification for a file that does not parse (SPEC §6: reported, not analysed, the scan goes
 * on): an AST recovered from broken syntax would give findings at made-up places.
 */
export function getParseNotification(tsModule: typeof ts, sourceFile: ts.SourceFile, relativePath: string): Notification | undefined {
  const diagnostics = (sourceFile as unknown as ParsedSourceFile).parseDiagnostics ?? [];
  const [first] = diagnostics;
  if (first === undefined) return undefined;
  const start = sourceFile.getLineAndCharacterOfPosition(first.start);
  const end = sourceFile.getLineAndCharacterOfPosition(first.start + first.length);
  const reason = tsModule.flattenDiagnosticMessageText(first.messageText, ' ').replace(/\.$/, '');
  const more = diagnostics.length > 1 ? `, and ${diagnostics.length - 1} more syntax error${diagnostics.length > 2 ? 's' : ''}` : '';
  return {
    level: 'warning',
    message: `not analysed: the file does not parse (${reason}${more})`,
    location: { file: relativePath, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
  };
}
