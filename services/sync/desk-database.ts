/** A stored desk document with CouchDB's id and revision. */
export type Stored<Document> = Document & { readonly _id: string; readonly _rev: string; readonly _conflicts?: readonly string[] };

/**
 * The slice of a PouchDB database the desk sync uses, typed here rather than through PouchDB's
 * global type declarations (which clash with Node's Buffer types).
 */
export interface DeskDatabase<Document extends object> {
  put(document: Document & { readonly _id: string; readonly _rev?: string }): Promise<{ readonly rev: string }>;
  get(id: string, options?: { readonly rev?: string; readonly conflicts?: boolean }): Promise<Stored<Document>>;
  remove(id: string, rev: string): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Buffer | Uint8Array>;
  allDocs(options: { readonly include_docs: true; readonly startkey: string; readonly endkey: string }): Promise<{ readonly rows: readonly { readonly id: string; readonly doc?: Stored<Document> }[] }>;
  info(): Promise<{ readonly update_seq: number | string }>;
  changes(options: { readonly since: number | string; readonly include_docs?: boolean; readonly conflicts?: boolean }): Promise<{
    readonly results: readonly { readonly id: string; readonly deleted?: boolean; readonly doc?: Stored<Document> }[];
    readonly last_seq: number | string;
  }>;
  sync(remote: DeskDatabase<Document>, options?: { readonly pull?: PullFilter<Document> }): PromiseLike<{ readonly push?: { readonly docs_written: number }; readonly pull?: { readonly docs_written: number } }>;
}

/** How the pull from the desk is filtered: by the server with a Mango selector, or here with a function (its query_params name it in the checkpoint). */
export type PullFilter<Document extends object> =
  | { readonly selector: Record<string, unknown> }
  | { readonly filter: (document: Stored<Document>) => boolean; readonly query_params: Readonly<Record<string, string>> };
