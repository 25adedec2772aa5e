import { unlink, readFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { atomicWriteFile } from '../services/storage/atomic-write-file';
import { realFileSystem } from '../services/storage/file-system';
import { sessionPasswordStore, type SyncPasswordStore } from '../services/sync/sync-password-store';

/**
 * The desk sync password sealed by the system's keychain (safeStorage: Keychain on macOS, DPAPI on
 * Windows, the Secret Service on Linux) in one file beside the settings; where no keychain is
 * available the password is kept for this session only, never written in the clear.
 */
export function keychainPasswordStore(filePath: string): SyncPasswordStore {
  if (!safeStorage.isEncryptionAvailable()) return sessionPasswordStore();
  return {
    kept: 'keychain',
    read: async () => {
      try {
        return safeStorage.decryptString(await readFile(filePath)) || undefined;
      } catch {
        return undefined;
      }
    },
    write: async (password) => {
      if (password) await atomicWriteFile(realFileSystem, filePath, safeStorage.encryptString(password));
      else await unlink(filePath).catch(() => undefined);
    },
  };
}
