// One of two processes racing saves on a shared data folder (tests/unit/library-processes.test.ts).
// Reads lines from its parent: "read" → prints the article's revision; "save <revision> <text>" →
// saves that headline on top of that revision and prints "ok <revision>", or "conflict <revision>
// <the winner's headline>" from the text the conflict carries.
import { createInterface } from 'node:readline';
import { ArticleLibrary } from '../../../services/library/article-library';

const [directory, id] = process.argv.slice(2);
const library = new ArticleLibrary({ directory: directory! });
await library.open();

for await (const line of createInterface({ input: process.stdin })) {
  const [command, revision, ...words] = line.split(' ');
  if (command === 'read') {
    const current = await library.get(id!);
    process.stdout.write(current.ok ? `revision ${current.value.revision}\n` : `error ${current.error.message}\n`);
  } else if (command === 'save') {
    const saved = await library.save(id!, Number(revision), { headline: words.join(' ') });
    if (saved.ok) process.stdout.write(`ok ${saved.value.revision}\n`);
    else process.stdout.write(`${saved.error.code} ${saved.error.currentRevision ?? ''} ${saved.error.current?.headline ?? ''}\n`);
  }
}
