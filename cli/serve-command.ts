import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startBrowserServer } from '../services/http/browser-server';
import type { NewsroomBackend } from '../services/create-newsroom-backend';
import { UsageError } from './usage-error';

const defaultPort = 4870;

/** `newsroom serve [--port N]`: browser mode, the app and its API on 127.0.0.1. */
export async function serveCommand(backend: NewsroomBackend, portOption: string | undefined): Promise<void> {
  const port = portOption === undefined ? defaultPort : Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${portOption}".`);
  const staticDirectory = process.env.NEWSROOM_RENDERER_DIR ?? fileURLToPath(new URL('../renderer', import.meta.url));
  if (!existsSync(path.join(staticDirectory, 'index.html'))) {
    throw new UsageError(`The app is not built (${staticDirectory} has no index.html): run "npm run build".`);
  }
  const server = await startBrowserServer({ router: backend.router, events: backend.events, staticDirectory, mediaDirectory: backend.media.directory, port }).catch(
    async (error: unknown) => {
      if (portOption === undefined && error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
        return startBrowserServer({ router: backend.router, events: backend.events, staticDirectory, mediaDirectory: backend.media.directory, port: 0 });
      }
      throw new UsageError(`Cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  const stopWatching = backend.watchForChanges();
  process.stdout.write(`Newsroom is running in browser mode at ${server.url}\n`);
  process.stdout.write(`Data folder: ${backend.library.directory}\nPress Ctrl+C to stop.\n`);
  const stop = async () => {
    // Open tabs save what was typed in the last second before the server goes away.
    await backend.flush.request((payload) => backend.events.emit('flushRequested', payload), {
      expectedReports: server.connectedPages(),
      timeoutMilliseconds: 3000,
    });
    stopWatching();
    await server.close();
    // Writes the search index, so the next start opens it instead of building it again.
    await backend.close();
    process.exit(0);
  };
  // Listen for good, not once: conf's exit hook re-raises the signal at once, and a process with no
  // listener left would die before open tabs have saved.
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
