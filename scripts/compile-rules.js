#!/usr/bin/env node
'use strict';
// Part of `npm run build`, so that no run pays for work that depends only on the package:
// rules/*.yaml → dist/rules.json (parsing the YAML cost half a second per run), and the manifest's
// JSON Schema → dist/manifest-validator.js, Ajv's standalone code (compiling it cost 0.1 s per start).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { listRuleFiles, parseRuleFiles } = require('../dist/core/catalogue/read-rules');

const root = join(__dirname, '..');
const data = parseRuleFiles(listRuleFiles(join(root, 'rules')));
writeFileSync(join(root, 'dist', 'rules.json'), JSON.stringify(data));

const { getBuiltinCatalogue } = require('../dist/core/catalogue/load-catalogue');
const { getValidatorSource } = require('../dist/core/manifest/manifest-validator');
writeFileSync(join(root, 'dist', 'manifest-validator.js'), getValidatorSource([...getBuiltinCatalogue().categories.keys()]));
