// npm run fuzz [inputs] [seed]: the long run of the import/export fuzz test (npm test runs 1,500).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fuzzImports } from '../tests/support/fuzz-imports';

const inputs = Number(process.argv[2] ?? 20000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-fuzz-'));
const started = Date.now();
const report = await fuzzImports(directory, inputs, seed);
process.stdout.write(`seed ${seed}: ${report.inputs} inputs, ${report.imported} imported, ${report.uncaught.length} uncaught, ${report.unsafe.length} unsafe, ${Math.round((Date.now() - started) / 1000)} s\n`);
for (const line of [...report.uncaught, ...report.unsafe].slice(0, 50)) process.stdout.write(`  ${line}\n`);
await rm(directory, { recursive: true, force: true });
process.exit(report.uncaught.length + report.unsafe.length === 0 ? 0 : 1);
