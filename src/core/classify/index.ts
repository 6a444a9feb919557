export { classifyName, NameScreen, type NameOptions } from './classify-name';
export { classifyValue, couldBeValue, type ValueOptions } from './classify-value';
export { splitIdentifier, normaliseWords } from './split-words';
export type { Classification } from './types';
