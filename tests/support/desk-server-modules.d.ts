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
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  export type RequestHandler = (...parameters: unknown[]) => void;
  /** A middleware as the tests write them: Node's request with Express's path, a response that answers JSON. */
  export type Middleware = (
    request: IncomingMessage & { readonly path: string },
    response: ServerResponse & { status(code: number): { json(body: unknown): void } },
    next: () => void,
  ) => void;
  /** A route's middleware: the request with its path parameters, query and (once parsed) JSON body. */
  export type RouteMiddleware = (
    request: IncomingMessage & { readonly path: string; readonly params: Record<string, string>; readonly query: Record<string, unknown>; readonly body?: unknown },
    response: ServerResponse & { status(code: number): { json(body: unknown): void }; json(body: unknown): void },
    next: () => void,
  ) => void;
  interface Application {
    use(path: string, handler: RequestHandler): void;
    use(handler: Middleware): void;
    post(path: string, handler: RouteMiddleware): void;
    listen(port: number, host: string): Server;
  }
  function express(): Application;
  namespace express {
    /** Parses a JSON body into request.body, then calls next. */
    function json(options?: { readonly limit?: string }): (request: Parameters<RouteMiddleware>[0], response: Parameters<RouteMiddleware>[1], next: () => void) => void;
  }
  export default express;
}
