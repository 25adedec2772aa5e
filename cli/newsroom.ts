import { parseArgs } from 'node:util';
import type { NewsroomApi } from '../core/api/api-contract';
import { exportCommand } from './export-command';
import { historyCommand, restoreCommand } from './history-command';
import { importCommand } from './import-command';
import { listCommand } from './list-command';
import { openBackend } from './open-backend';
import { serveCommand } from './serve-command';
import { UsageError } from './usage-error';
import { searchCommand } from './search-command';

const usage = `Usage: newsroom [--data DIR] <command>

Commands:
  list [--json]        list the articles in the library
  serve [--port N]     run the app in a browser (browser mode), on 127.0.0.1 only
  import <file…> [--json]
                       import .txt, .html, .md, .docx, and our .json or ninjs exports as drafts
  export <id…> | --all [--status S] [--tag T] --format html|json|ninjs [--fragment] [--embed-fonts] --out DIR [--overwrite] [--publish] [--override-embargo] [--json]
                       write articles as files; existing files are kept (a suffix is added) unless --overwrite;
                       --publish marks approved articles as published; articles under embargo are refused
                       unless --override-embargo
  search <query…> [--json] [--limit N]
                       find articles: words, "a phrase", -word, tag: status: section: by: from: to:
  check <id…> | --all [--json]
                       spelling and Arabic style findings with their places and suggestions;
                       exits 1 when anything is found, so a script can hold back an export
  sync [--remote URL] [--user NAME] [--watch [--every SECONDS]] [--json] [--allow-http]
                       one round with the desk's CouchDB database (by default the one in the
                       settings): local changes out, the desk's in,
                       conflicts kept in History; the password comes from NEWSROOM_SYNC_PASSWORD;
                       --watch goes on round after round (every 30 s, and while the desk is out of
                       reach retries less and less often) until Ctrl+C
  history <id> [--json]
                       the kept earlier versions of an article, newest first
  restore <id> <revision>
                       make a kept version the newest one (the replaced one stays in the history)

Options:
  --data DIR           the data folder (default: NEWSROOM_DATA_DIR, else the desktop app's folder)
  --help               show this help
`;

/** The `newsroom` command: parses arguments and runs one command; user errors exit 1 with one line. */
export async function main(argumentList: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argumentList],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        all: { type: 'boolean', default: false },
        status: { type: 'string' },
        tag: { type: 'string' },
        format: { type: 'string' },
        fragment: { type: 'boolean', default: false },
        out: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
        'embed-fonts': { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        'override-embargo': { type: 'boolean', default: false },
        limit: { type: 'string' },
        remote: { type: 'string' },
        user: { type: 'string' },
        once: { type: 'boolean', default: true },
        watch: { type: 'boolean', default: false },
        every: { type: 'string' },
        'allow-http': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      process.stdout.write(usage);
      return values.help ? 0 : 1;
    }
    if (rest.length > 0 && !['export', 'import', 'history', 'restore', 'search', 'check'].includes(command)) throw new UsageError(`Unexpected argument "${rest[0]}".`);
    // One-shot commands close the back end, so the kept listing and search index are written for the next run.
    const once = async <Answer>(work: (api: NewsroomApi) => Promise<Answer>): Promise<Answer> => {
      const backend = await openBackend(values.data, 'http');
      try {
        return await work(backend.api);
      } finally {
        await backend.close();
      }
    };
    switch (command) {
      case 'import':
        return await once((api) => importCommand(api, rest, values.json));
      case 'export':
        await once((api) => exportCommand(api, { ...values, ids: rest }));
        return 0;
      case 'history':
        await once((api) => historyCommand(api, rest, values.json));
        return 0;
      case 'restore':
        await once((api) => restoreCommand(api, rest));
        return 0;
      case 'search':
        await once((api) => searchCommand(api, rest, values));
        return 0;
      case 'check': {
        // Loaded only for this command: the dictionaries and Hunspell are the CLI's heaviest part.
        const { checkCommand } = await import('./check-command');
        return await once((api) => checkCommand(api, rest, values));
      }
      case 'sync': {
        const { syncCommand } = await import('./sync-command');
        const backend = await openBackend(values.data, 'http');
        try {
          return await syncCommand(backend, values);
        } finally {
          await backend.close();
        }
      }
      case 'list':
        await once((api) => listCommand(api, values.json));
        return 0;
      case 'serve':
        await serveCommand(await openBackend(values.data, 'http', 'long-running'), values.port);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}". Run "newsroom --help".`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`newsroom: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 1;
    }
    if (process.env.NEWSROOM_DEBUG) throw error;
    process.stderr.write(`newsroom: unexpected error: ${error instanceof Error ? error.message : String(error)} (set NEWSROOM_DEBUG=1 for details)\n`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
if (exitCode !== 0) process.exit(exitCode);
