import { COMMON_MESSAGES, createRule, getRuleDocs } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-hardcoded-pii';

const messages = {
  hardcoded: 'A real-looking {{label}} ({{category}}) is hard-coded in source: {{reason}}',
  ...COMMON_MESSAGES,
};

/** Literals (SPEC §4): a real-looking identifier in source, checked by its validator (Verhoeff, Luhn, PAN, e-mail, Indian mobile…). */
export const noHardcodedPii = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs: getRuleDocs(NAME, { seesTypedRecords: false }),
    messages,
    schema: [],
    defaultOptions: [],
  },
  create: (context) => createFindingListener(context, NAME, messages, ['hardcoded']),
});
