import { COMMON_MESSAGES, createRule, getRuleDocs, SUGGESTION_MESSAGES } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-restricted-data';

const messages = {
  logged: '{{label}} ({{category}}) reaches logger {{sink}}: {{restriction}} ({{law}})',
  stored: '{{label}} ({{category}}) reaches store {{sink}}: {{restriction}} ({{law}})',
  ...COMMON_MESSAGES,
  ...SUGGESTION_MESSAGES,
};

/** The law (SPEC §4): flows forbidden whatever the manifest says, each message citing its law. */
export const noRestrictedData = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs: getRuleDocs(NAME, { seesTypedRecords: true }),
    hasSuggestions: true,
    messages,
    schema: [],
    defaultOptions: [],
  },
  create: (context) => createFindingListener(context, NAME, messages, ['logged', 'stored'], { suggestions: true }),
});
