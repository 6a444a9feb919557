// The public API of the core: catalogue, classifier, manifest and policy. It imports neither
// ts-morph nor ESLint, so every front end can build on it (SPEC §9).
export { getBuiltinCatalogue } from './core/catalogue/load-catalogue';
export { extendCatalogue } from './core/catalogue/compile-catalogue';
export type { Catalogue, Category, Sensitivity } from './core/catalogue/types';
export { classifyName, classifyValue, splitIdentifier, type Classification } from './core/classify';
export { VALIDATORS, type ValidatorId, type ValidationResult } from './core/validators';
export { findManifest, loadManifest, resolveManifest, getEmptyManifest } from './core/manifest/load-manifest';
export { parseManifest } from './core/manifest/parse-manifest';
export { ManifestError, type ManifestProblem } from './core/manifest/manifest-error';
export { createPolicy, isCategoryCovered, type Decision, type Flow, type FlowTarget, type Policy } from './core/manifest/policy';
export { ACTIONS, type Action, type Manifest, type Purpose } from './core/manifest/types';
export { RULES, RULE_NAMES, type RuleName, type RuleMeta } from './core/rules';
