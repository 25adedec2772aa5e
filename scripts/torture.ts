// npm run torture: 500 SIGKILLs of a saving process (not part of npm test, which runs 20).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { torture } from '../tests/support/torture';

const kills = Number(process.argv[2] ?? 500);
const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-torture-'));
const started = Date.now();
const report = await torture(directory, kills, (line) => process.stdout.write(`${line}\n`));
process.stdout.write(`${report.kills} kills, ${report.confirmedSaves} confirmed saves in ${Math.round((Date.now() - started) / 1000)} s; ${report.problems.length} problems\n`);
for (const problem of report.problems) process.stdout.write(`  ${problem}\n`);
await rm(directory, { recursive: true, force: true });
process.exit(report.problems.length === 0 ? 0 : 1);
