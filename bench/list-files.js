'use strict';
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The files under `dir` that `accept` takes, in sorted order (so runs read them in the same order),
 * leaving out node_modules and hidden directories.
 */
function listFiles(dir, accept) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      } else if (accept(path)) {
        files.push(path);
      }
    }
  };
  walk(dir);
  return files;
}

module.exports = { listFiles };
