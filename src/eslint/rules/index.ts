import { noHardcodedPii } from './no-hardcoded-pii';
import { noRestrictedData } from './no-restricted-data';
import { noUndeclaredCollection } from './no-undeclared-collection';
import { noUndeclaredExposure } from './no-undeclared-exposure';
import { noUndeclaredLogging } from './no-undeclared-logging';
import { noUndeclaredStorage } from './no-undeclared-storage';
import { noUndeclaredTransmission } from './no-undeclared-transmission';

/** Every SPEC §4 rule a single file can decide (all but no-unused-collection and stale-declaration). */
export const rules = {
  'no-undeclared-collection': noUndeclaredCollection,
  'no-undeclared-storage': noUndeclaredStorage,
  'no-undeclared-logging': noUndeclaredLogging,
  'no-undeclared-transmission': noUndeclaredTransmission,
  'no-undeclared-exposure': noUndeclaredExposure,
  'no-restricted-data': noRestrictedData,
  'no-hardcoded-pii': noHardcodedPii,
};

export type PluginRuleName = keyof typeof rules;
