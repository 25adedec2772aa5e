// The slice of PouchDB the desk sync uses. PouchDB's own type packages declare globals that clash
// with Node's Buffer types, so the constructor is typed here and the database by DeskDatabase.
declare module 'pouchdb' {
  interface PouchDatabase {
    put(document: object): Promise<{ rev: string }>;
    info(): Promise<unknown>;
    close(): Promise<void>;
  }
  interface PouchConstructor {
    new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean }): PouchDatabase;
    plugin(plugin: unknown): void;
    defaults(options: { adapter: string }): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
