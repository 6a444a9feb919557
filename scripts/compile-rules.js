#!/usr/bin/env node
'use strict';
// Part of `npm run build`: rules/*.yaml → dist/rules.json, so the CLI does not parse YAML on every run.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { listRuleFiles, parseRuleFiles } = require('../dist/core/catalogue/read-rules');

const root = join(__dirname, '..');
const data = parseRuleFiles(listRuleFiles(join(root, 'rules')));
writeFileSync(join(root, 'dist', 'rules.json'), JSON.stringify(data));
