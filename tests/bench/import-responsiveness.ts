// How long the back end's own thread stalls while a large file is imported, in a worker thread and, for comparison, on the calling thread.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createNewsroomBackend } from '../../services/create-newsroom-backend';
import { openConfStore } from '../../services/settings/open-conf-store';
import { inProcessTaskRunner } from '../../services/workers/in-process-task-runner';
import { newsroomWorkerLaunch } from '../../services/workers/newsroom-worker-launch';
import type { TaskRunner } from '../../services/workers/task-runner';
import { ThreadTaskRunner } from '../../services/workers/thread-task-runner';
import { recordFigures } from './record-figures';

const htmlParagraph = '<p>وقال المتحدث إن <b>الاجتماع</b> ساعد على فهم أفضل.</p>';
const paragraph = 'وقال المتحدث إن الاجتماع ساعد على فهم أفضل لمواقف الطرفين في القضايا الدولية الملحة.\n\n';
const files = [
  { name: 'book.txt', text: `عنوان ضخم\n\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph)))}` },
  { name: 'page.html', text: `<html><body><article><h1>صفحة</h1>${htmlParagraph.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(htmlParagraph)))}</article></body></html>` },
];
const figures: Record<string, number> = {};

async function measure(label: string, tasks: TaskRunner): Promise<void> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-import-'));
  const opened = await createNewsroomBackend({ settingsDirectory: directory, transport: 'http', version: 'bench', openStore: openConfStore, tasks });
  if (!opened.ok) throw new Error(opened.error.message);
  try {
    for (const file of files) {
      const dataBase64 = Buffer.from(file.text, 'utf8').toString('base64');
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const start = performance.now();
      let answered = 0;
      let finished = false;
      const importing = opened.value.api.importFiles({ files: [{ name: file.name, dataBase64 }] }).finally(() => (finished = true));
      while (!finished) {
        await opened.value.api.listArticles({});
        answered += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const result = await importing;
      delay.disable();
      if (!result.ok || !result.value[0]?.ok) throw new Error(`${file.name} did not import`);
      const key = `${label === 'worker thread' ? 'workerThread' : 'callingThread'}.${file.name.replace('.', '')}`;
      figures[`${key}.seconds`] = (performance.now() - start) / 1000;
      figures[`${key}.longestStallMs`] = delay.max / 1e6;
      figures[`${key}.answeredMeanwhile`] = answered;
      process.stdout.write(
        `  ${label}, ${file.name} (${(Buffer.byteLength(file.text) / 1024 / 1024).toFixed(1)} MB): ${((performance.now() - start) / 1000).toFixed(1)} s; ` +
          `longest stall ${(delay.max / 1e6).toFixed(0)} ms; listArticles answered ${answered} times meanwhile\n`,
      );
    }
  } finally {
    await opened.value.close();
    await rm(directory, { recursive: true, force: true });
  }
}

process.stdout.write('The back end while importing large files\n');
await measure('worker thread', new ThreadTaskRunner(newsroomWorkerLaunch()));
await measure('calling thread', inProcessTaskRunner);
await recordFigures('import', figures);
