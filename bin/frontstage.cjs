#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('error: Frontstage is not built yet; run "npm run build" in ' + join(__dirname, '..') + '\n');
  process.exit(1);
}
require(cli);
