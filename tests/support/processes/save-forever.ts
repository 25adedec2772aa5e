// Saves, deletes and restores articles in a loop until killed (the torture test SIGKILLs it).
// Prints "saved <id> <revision>" once a save is confirmed, "deleted <id>" and "restored <id> <revision>".
import { ArticleLibrary } from '../../../services/library/article-library';

const [directory, ...ids] = process.argv.slice(2);
const library = new ArticleLibrary({ directory: directory! });
await library.open();
let step = 0;
for (;;) {
  step += 1;
  const id = ids[step % ids.length]!;
  const current = await library.get(id);
  if (!current.ok) {
    const restored = await library.restore(id);
    if (restored.ok) process.stdout.write(`restored ${id} ${restored.value.revision}\n`);
    continue;
  }
  if (step % 17 === 0) {
    const deleted = await library.delete(id);
    if (deleted.ok) process.stdout.write(`deleted ${id}\n`);
    continue;
  }
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: `نص المحاولة ${step} `.repeat(1 + (step % 40)) }] }] };
  const saved = await library.save(id, current.value.revision, { headline: `محاولة ${step}`, body });
  if (saved.ok) process.stdout.write(`saved ${id} ${saved.value.revision}\n`);
}
