import type * as ts from 'typescript';
import type { SinkSpec } from '../core/catalogue/flow-catalogue';
import type { Action } from '../core/manifest/types';
import type { Step, Taint } from './value';

/** Where a value meets an action: a sink call, a collected field, a stored schema field, a returned response. */
export interface Hit {
  site: ts.Node;
  action: Action;
  taint: Taint;
  /** The catalogue sink, absent for collections. */
  sink?: SinkSpec;
  /** How the sink reads in code (`logger.info`). */
  sinkCall?: string;
  /** For transmissions: the resolved host, null when it could not be resolved, undefined when not a URL call. */
  host?: string | null;
}

/** A sink inside a function that one of its parameters reaches. */
export interface ParamSink {
  sink: SinkSpec | undefined;
  action: Action;
  sinkCall: string;
  host?: string | null;
  /** The sink's site in the callee, and the path inside the callee from the parameter to it. */
  site: ts.Node;
  steps: readonly Step[];
  /** Inside the parameter, which property reaches the sink (`[]` for the whole value). */
  path: readonly string[];
  /** Categories the sink already reports by itself, so callers do not report them twice. */
  intrinsic: ReadonlySet<string>;
}

/** A ParamSink as a summary keeps it: which parameter of the function reaches the sink. */
export interface IndexedParamSink extends ParamSink {
  index: number;
}

/** A field a function reads from its parameter `index` (at `path` inside it) by a personal-data name. */
export interface ParamRead {
  index: number;
  path: readonly string[];
  taints: readonly Taint[];
}
