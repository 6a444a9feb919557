import type { Sensitivity } from './catalogue/types';
import type { Action } from './manifest/types';

export type RuleLevel = 'error' | 'warning' | 'note';

/** How often a result of the rule is a true problem (GitHub code scanning's `precision`). */
export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

export interface RuleHelp {
  /** The laws and standards behind the rule, as one sentence a reviewer can cite. */
  law: string;
  /** What to change in the code or the manifest. */
  fix: string;
  /** A short failing example and its fix, for the Markdown help. */
  example: { bad: string; good: string };
}

export interface RuleMeta {
  name: RuleName;
  level: RuleLevel;
  /** One line: what a result means. */
  title: string;
  description: string;
  /** Needs the whole program, so the ESLint plugin does not offer it. */
  scannerOnly: boolean;
  /** CWE ids, lower case (`cwe-359`); SARIF tags them as `external/cwe/cwe-359`. */
  cwe: readonly string[];
  precision: RulePrecision;
  /**
   * The highest sensitivity of a category the rule can report; a test checks it against the
   * catalogue. stale-declaration stays low: it reports what the manifest allows, not what code does.
   */
  maxSensitivity: Sensitivity;
  help: RuleHelp;
}

/** The second half of every no-undeclared-* fix: the manifest is the other way to resolve a result. */
const DECLARE_IT =
  'If the purpose really needs it, declare it in minimise.yaml: the category under a purpose\'s `data`, the action under `actions`, the file under `paths`.';

/** The rules of SPEC §4: one vocabulary for ESLint (`minimise/<name>`) and SARIF ruleIds. */
export const RULES = {
  'no-undeclared-collection': {
    level: 'warning',
    title: 'Personal data is collected without a declared purpose',
    description: 'Code collects a category that no purpose allows to be collected at that path.',
    scannerOnly: false,
    cwe: ['cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.6(1) limits consent to the personal data necessary for the specified purpose; GDPR Art. 5(1)(c) (data minimisation) says the same.',
      fix: `Do not ask for the field. ${DECLARE_IT}`,
      example: {
        bad: 'const { fullName, religion } = req.body; // religion serves no purpose',
        good: 'const { fullName } = req.body;',
      },
    },
  },
  'no-undeclared-storage': {
    level: 'error',
    title: 'Personal data is stored where no purpose allows it',
    description: 'Code stores a category where no purpose allows it (database, schema field, browser storage, cookie, file, cache, object store).',
    scannerOnly: false,
    cwe: ['cwe-312', 'cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.8(7) requires erasure once the purpose is served and s.8(5) reasonable security safeguards; GDPR Art. 5(1)(b) and (e) limit storage to the purpose.',
      fix: `Store a reference, a hash or a masked form instead of the value. ${DECLARE_IT} Use \`stores\` to name where it may go.`,
      example: {
        bad: 'await prisma.audit.create({ data: { customerId, religion } });',
        good: 'await prisma.audit.create({ data: { customerId } });',
      },
    },
  },
  'no-undeclared-logging': {
    level: 'error',
    title: 'Personal data reaches a log where no purpose allows it',
    description: 'A category reaches a logger, console or error tracker where no purpose allows it.',
    scannerOnly: false,
    cwe: ['cwe-532', 'cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.8(5) requires reasonable security safeguards against a personal data breach; GDPR Art. 5(1)(f) and Art. 32 say the same. Logs are copied, shipped and kept far beyond the purpose.',
      fix: `Log an opaque id or a masked value, never the record. ${DECLARE_IT}`,
      example: {
        bad: "logger.info('kyc started', { pan, fullName });",
        good: "logger.info('kyc started', { customerId });",
      },
    },
  },
  'no-undeclared-transmission': {
    level: 'error',
    title: 'Personal data is sent to a recipient no purpose allows',
    description: 'A category is sent to a recipient (HTTP, analytics or ads SDK, third-party API, message queue) that no purpose allows.',
    scannerOnly: false,
    cwe: ['cwe-201', 'cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.8(2) lets a Data Fiduciary share personal data with a processor only under a contract and for its purpose; GDPR Art. 5(1)(b), 28 and 44 say the same for processors and transfers.',
      fix: `Send only the fields the recipient needs (an id for analytics, never the identifier itself). ${DECLARE_IT} Use \`recipients\` to name the hosts or SDKs it may go to.`,
      example: {
        bad: "analytics.track({ userId, event: 'kyc_submitted', properties: { pan } });",
        good: "analytics.track({ userId, event: 'kyc_submitted' });",
      },
    },
  },
  'no-undeclared-exposure': {
    level: 'warning',
    title: 'Personal data is returned to a client beyond what a purpose allows',
    description: 'A category is returned to a client (HTTP response, error payload, rendered page) beyond what a purpose allows.',
    scannerOnly: false,
    cwe: ['cwe-201', 'cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.8(5) requires reasonable security safeguards, and s.6(1) limits processing to what the purpose needs; GDPR Art. 5(1)(c) and (f) say the same.',
      fix: `Return a response object with only the fields the client needs, masked where a person only has to recognise them (\`XXXX XXXX 1234\`). ${DECLARE_IT}`,
      example: {
        bad: 'res.json(customer);',
        good: 'res.json({ name: customer.fullName, pan: maskPan(customer.pan) });',
      },
    },
  },
  'no-restricted-data': {
    level: 'error',
    title: 'The law forbids this use of the data, whatever the manifest says',
    description: 'The law forbids the flow whatever the manifest says (Aadhaar, biometrics, card data, secrets).',
    scannerOnly: false,
    cwe: ['cwe-359', 'cwe-532', 'cwe-312'],
    precision: 'high',
    maxSensitivity: 'critical',
    help: {
      law:
        'Aadhaar Act 2016 s.29 and the Aadhaar regulations forbid logging Aadhaar numbers and VIDs and storing VIDs; the UIDAI circular of 25 July 2017 allows Aadhaar numbers only in an Aadhaar Data Vault; ' +
        'Aadhaar Act s.29(1) and SPDI Rules 2011 r.3 forbid storing or logging biometrics; PCI DSS v4.0 3.3.1 forbids keeping card security codes and 3.5.1 keeping readable card numbers, with RBI card-on-file tokenisation from 1 Oct 2022; ' +
        'SPDI Rules 2011 r.3 and r.8 require passwords, OTPs and PINs never to be logged and to be stored only hashed.',
      fix:
        'Remove the value from the log or store. Keep Aadhaar and card numbers only in the vault or token vault that the manifest declares under `vault.paths` and pass a reference token elsewhere; ' +
        'mask before logging (`maskAadhaar`), hash passwords, OTPs and PINs with bcrypt, scrypt or argon2, never keep a CVV. The manifest cannot allow these flows.',
      example: {
        bad: 'logger.info(`KYC for ${aadhaarNumber}`);',
        good: 'logger.info(`KYC for ${maskAadhaar(aadhaarNumber)}`); // XXXX XXXX 1234',
      },
    },
  },
  'no-hardcoded-pii': {
    level: 'warning',
    title: 'A real-looking personal identifier is hard-coded',
    description: 'A literal in source is a real-looking personal identifier.',
    scannerOnly: false,
    cwe: ['cwe-540', 'cwe-359'],
    precision: 'high',
    maxSensitivity: 'critical',
    help: {
      law: 'A checksummed identifier in source is most likely a real person\'s, copied into every clone, fork and build; DPDP Act 2023 s.8(5) and GDPR Art. 5(1)(f) require safeguarding it.',
      fix: 'Replace it with a synthetic value that fails the checksum or a documented test value (an Aadhaar number starting with 0 or 1, an example.com e-mail), or read it from test data kept out of the repository.',
      example: {
        bad: "const testPan = 'ACUPA7085R';",
        good: "const testPan = 'AAAPA0000A'; // synthetic, fails the serial check",
      },
    },
  },
  'no-unused-collection': {
    level: 'warning',
    title: 'Collected personal data is never used',
    description: 'A collected field is never used after validation.',
    scannerOnly: true,
    cwe: ['cwe-359'],
    precision: 'medium',
    maxSensitivity: 'critical',
    help: {
      law: 'DPDP Act 2023 s.6(1) limits consent to the personal data necessary for the purpose; data that nothing uses is not necessary. GDPR Art. 5(1)(c) says the same.',
      fix: 'Stop asking for the field: remove it from the form, the request schema and the DTO.',
      example: {
        bad: 'const { fullName, fatherName } = parse(req.body); // fatherName is never read again',
        good: 'const { fullName } = parse(req.body);',
      },
    },
  },
  'stale-declaration': {
    level: 'note',
    title: 'The manifest allows something the code never does',
    description: 'The manifest allows something the code never does.',
    scannerOnly: true,
    cwe: ['cwe-359'],
    precision: 'medium',
    maxSensitivity: 'low',
    help: {
      law: 'DPDP Act 2023 s.5 and GDPR Art. 13 require the notice to describe the data processed and its purpose; a manifest that allows more than the code does widens what reviewers and notices accept.',
      fix: 'Remove the category from the purpose\'s `data` in minimise.yaml (and from the privacy notice), or add the code that needs it in the same change.',
      example: {
        bad: 'data: [user.name, user.contact.address]   # no code uses the address',
        good: 'data: [user.name]',
      },
    },
  },
} as const satisfies Record<string, Omit<RuleMeta, 'name'>>;

export type RuleName = keyof typeof RULES;

export const RULE_NAMES = Object.keys(RULES) as RuleName[];

export const RULE_BY_ACTION: Readonly<Record<Action, RuleName>> = {
  collect: 'no-undeclared-collection',
  store: 'no-undeclared-storage',
  log: 'no-undeclared-logging',
  transmit: 'no-undeclared-transmission',
  expose: 'no-undeclared-exposure',
};

export function getRuleMeta(name: RuleName): RuleMeta {
  return { name, ...RULES[name] };
}
