#!/usr/bin/env node
// Runs jest for one project; under CI, also writes a JSON report for the closing summary.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';

const [project, ...rest] = process.argv.slice(2);
const args = ['--selectProjects', project, ...rest];
if (project !== 'unit') args.push('--runInBand');
if (process.env.CI) {
  const db = project === 'cluster' ? 'postgres' : process.env.TEST_DB || 'sqlite'; // cluster runs on PostgreSQL only
  const out = path.resolve('.tmp/ci', `${project}-${db}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  args.push('--json', `--outputFile=${out}`);
}
const r = spawnSync(process.execPath, [path.resolve('node_modules/jest/bin/jest.js'), ...args], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
