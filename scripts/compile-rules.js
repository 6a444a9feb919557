#!/usr/bin/env node
'use strict';
// Part of `npm run build`, so that no run pays for work that depends only on the package:
// rules/*.yaml → dist/rules.json (parsing the YAML cost half a second per run), the name catalogue
// compiled from them → dist/catalogue.json (25 ms per start), and the manifest's JSON Schema →
// dist/manifest-validator.js, Ajv's standalone code (compiling it cost 0.1 s per start).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { listRuleFiles, parseRuleFiles } = require('../dist/core/catalogue/read-rules');
const { compileCatalogue } = require('../dist/core/catalogue/compile-catalogue');
const { toCatalogueData } = require('../dist/core/catalogue/catalogue-data');

const root = join(__dirname, '..');
const data = parseRuleFiles(listRuleFiles(join(root, 'rules')));
writeFileSync(join(root, 'dist', 'rules.json'), JSON.stringify(data));
const catalogue = compileCatalogue(data.categories.flatMap((file) => file.data), data.vocabulary);
writeFileSync(join(root, 'dist', 'catalogue.json'), JSON.stringify(toCatalogueData(catalogue)));

const { getBuiltinCatalogue } = require('../dist/core/catalogue/load-catalogue');
const { getValidatorSource } = require('../dist/core/manifest/manifest-validator');
writeFileSync(join(root, 'dist', 'manifest-validator.js'), getValidatorSource([...getBuiltinCatalogue().categories.keys()]));
