import { COMMON_MESSAGES, createRule, getRuleDocs } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-undeclared-storage';

const messages = {
  undeclared: '{{label}} ({{category}}) reaches store {{sink}}; {{reason}}',
  ...COMMON_MESSAGES,
};

/** Storage (SPEC §4): a DB/ORM write or schema field, browser storage, cookie, file, cache or object store no purpose allows. */
export const noUndeclaredStorage = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs: getRuleDocs(NAME, { seesTypedRecords: true }),
    messages,
    schema: [],
    defaultOptions: [],
  },
  create: (context) => createFindingListener(context, NAME, messages, ['undeclared']),
});
