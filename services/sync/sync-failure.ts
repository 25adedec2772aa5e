/** Why a replication with the desk failed, in words a journalist can act on; refused credentials are told apart from an unreachable server. */
export function syncFailure(error: unknown): { readonly message: string; readonly refused: boolean } {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
  const detail = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  if (status === 401 || status === 403) {
    return { message: `The desk server refused the user name or password (HTTP ${status}); check them in the sync settings or NEWSROOM_SYNC_PASSWORD.`, refused: true };
  }
  return { message: `The desk server could not be reached: ${detail}`, refused: false };
}
