/**
 * `npm run bench`: runs every bench/*.bench.ts in one process, one after another, so the
 * figures and side-by-side ratios come from one run on one machine. `npm run bench -- quotes`
 * runs only the files whose name contains "quotes".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

async function main() {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !filter.length || filter.some((x) => f.includes(x)))
    .sort();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `# editorial benchmarks — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  );
  let failed = 0;
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
    const started = Date.now();
    try {
      const mod = await import(path.join(__dirname, file));
      const run = mod.run ?? mod.default?.run;
      if (typeof run !== 'function') throw new Error(`${file} exports no run()`);
      await run();
    } catch (error) {
      failed++;
      console.error(`benchmark ${file} failed: ${(error as Error).stack ?? error}`);
    }
    console.log(`(${file} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  process.exit(failed ? 1 : 0);
}

main();
