// Regenerates docs/article.schema.json from the zod schema; a unit test fails while it is stale.
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../core/article/article-json-schema';

writeFileSync(new URL('../docs/article.schema.json', import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
process.stdout.write('Wrote docs/article.schema.json\n');
