import type { Catalogue, CustomCategorySpec } from '../catalogue/types';

export const ACTIONS = ['collect', 'store', 'log', 'transmit', 'expose'] as const;
export type Action = (typeof ACTIONS)[number];

export const BASES = [
  'consent', 'contract', 'legal_obligation', 'legitimate_use', 'legitimate_interests', 'vital_interests',
  'public_task', 'employment', 'medical_emergency', 'state_function',
] as const;

/** Kinds of project function a manifest can declare under `transforms`. */
export const TRANSFORM_KINDS = ['mask', 'hash', 'encrypt', 'tokenize', 'redact', 'truncate'] as const;
export type TransformKind = (typeof TRANSFORM_KINDS)[number];

export interface Purpose {
  name: string;
  description?: string;
  basis?: string;
  data: readonly string[];
  actions: readonly Action[];
  /** Globs relative to the manifest's directory; undefined means everywhere. */
  paths?: readonly string[];
  recipients?: readonly string[];
  stores?: readonly string[];
  retention?: string;
  /** Where each `data` entry stands in the manifest (1-based), for findings about the manifest itself. */
  dataLocations?: ReadonlyArray<{ line: number; column: number }>;
}

export interface Manifest {
  /** Absolute path of the manifest file, or undefined for the empty manifest used when none exists. */
  file?: string;
  /** Directory that `paths` are relative to. */
  dir: string;
  purposes: readonly Purpose[];
  vaultPaths: readonly string[];
  transforms: Readonly<Record<TransformKind, readonly string[]>>;
  categories: Readonly<Record<string, CustomCategorySpec>>;
  ignore: readonly string[];
  /** The built-in catalogue with the manifest's categories merged in. */
  catalogue: Catalogue;
}
