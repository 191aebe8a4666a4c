#!/usr/bin/env node
// Prints one closing line over the jest JSON reports written during a CI run.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] || '.tmp/ci';
let passed = 0;
let failed = 0;
let suitesFailed = 0;
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!f.endsWith('.json')) continue;
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  suitesFailed += r.numFailedTestSuites;
  console.log(`${f.replace(/\.json$/, '')}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
console.log(`${passed} passed, ${failed + suitesFailed} failed`);
process.exit(failed + suitesFailed > 0 || passed === 0 ? 1 : 0);
