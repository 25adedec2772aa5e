/** Where the desk sync's password is kept: the system's keychain in the desktop app, this session's memory elsewhere. */
export interface SyncPasswordStore {
  readonly kept: 'keychain' | 'session';
  read(): Promise<string | undefined>;
  write(password: string): Promise<void>;
}

/** A password kept in memory only (browser mode, where no keychain is reachable): it is asked again after a restart. */
export function sessionPasswordStore(initial?: string): SyncPasswordStore {
  let password = initial || undefined;
  return {
    kept: 'session',
    read: async () => password,
    write: async (next) => {
      password = next || undefined;
    },
  };
}
