import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSourceFile } from './source-extensions';

/**
 * Directories that hold dependencies, build output or tool state, not the project's own code.
 * They are skipped below a PATH, never when the user names one as the PATH itself.
 */
const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.minimise-cache',
  // Package managers' and frameworks' own files and output (Yarn's releases and plugins, Nuxt and SvelteKit output, Storybook builds).
  '.yarn', '.pnpm-store', '.output', '.svelte-kit', '.vercel', '.netlify', '.serverless', '.docusaurus', '.expo', '.angular', '.vite', 'storybook-static',
  // Other people's code checked in beside the project's (Bower, jspm, Composer's vendor, third_party).
  'bower_components', 'jspm_packages', 'vendor', 'third_party',
]);

/** Yarn Plug'n'Play's resolver (`.pnp.cjs`, `.pnp.loader.mjs`): half a megabyte of generated code beside the project's own. */
function isGeneratedFile(name: string): boolean {
  return name.startsWith('.pnp.');
}

/** Every TS/JS source file below `dir`, sorted, for trees that no tsconfig describes. */
export function walkSourceFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (current: string) => {
    // Sorted by name so the file order, and so the analysis order, is the same on every OS.
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(current, entry.name);
      // Symbolic links are not followed: they can loop, and they usually point at code scanned elsewhere.
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) visit(path);
      else if (entry.isFile() && isSourceFile(entry.name) && !isGeneratedFile(entry.name)) files.push(path);
    }
  };
  visit(dir);
  return files;
}
