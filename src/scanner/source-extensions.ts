export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

const DECLARATION = /\.d\.[cm]?ts$|\.d\.[^.]+\.ts$/;

/** Declaration files describe types only: they carry no data flow worth reporting. */
export function isDeclarationFile(file: string): boolean {
  return DECLARATION.test(file);
}

export function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.some((ext) => file.endsWith(ext)) && !isDeclarationFile(file);
}
