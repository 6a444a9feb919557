// typescript-eslint's packages declare subpaths such as `@typescript-eslint/utils/ts-eslint` in
// `exports` only, which `moduleResolution: node10` (tsconfig.json) does not read. These ambient
// modules point the type-only imports of their .d.ts files at the same files by path.
declare module '@typescript-eslint/utils/ts-eslint' {
  export * from '@typescript-eslint/utils/dist/ts-eslint';
}
declare module '@typescript-eslint/utils/json-schema' {
  export * from '@typescript-eslint/utils/dist/json-schema';
}
declare module '@typescript-eslint/utils/eslint-utils' {
  export * from '@typescript-eslint/utils/dist/eslint-utils';
}
