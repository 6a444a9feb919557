#!/usr/bin/env node
// Writes schema/manifest.schema.json, the JSON Schema editors use to complete minimise.yaml,
// from the same code that validates manifests (run `npm run build` first). A test fails when the
// shipped file and the code disagree.
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { getBuiltinCatalogue } = require('../dist/core/catalogue/load-catalogue');
const { getManifestSchema } = require('../dist/core/manifest/manifest-schema');

const schema = getManifestSchema([...getBuiltinCatalogue().categories.keys()]);
const dir = join(__dirname, '..', 'schema');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'manifest.schema.json');
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${file}`);
