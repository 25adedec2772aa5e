// The slices of the desk sync tests' server they use: express-pouchdb ships no types, and
// Express 4's come with a tree of others.
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { RequestHandler } from 'express';
  export default function expressPouchdb(pouch: unknown, options: { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig?: boolean }): RequestHandler;
}

declare module 'express' {
  import type { Server } from 'node:http';
  export type RequestHandler = (...parameters: unknown[]) => void;
  interface Application {
    use(path: string, handler: RequestHandler): void;
    listen(port: number, host: string): Server;
  }
  export default function express(): Application;
}
