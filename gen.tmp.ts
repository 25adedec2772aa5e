import { writeBenchLibrary } from '/work/main/tests/bench/write-bench-library';
await writeBenchLibrary(process.argv[2]!, Number(process.argv[3]));
