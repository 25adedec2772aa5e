/** Every back-end method, in one list the preload can import without pulling in schemas. */
export const apiMethodNames = [
  'getAppInfo',
  'listArticles',
  'resolveConflict',
  'getArticle',
  'createArticle',
  'saveArticle',
  'changeStatus',
  'deleteArticle',
  'listTrash',
  'emptyTrash',
  'deleteForever',
  'restoreArticle',
  'listTags',
  'renameTag',
  'search',
  'storeMedia',
  'exportArticles',
  'cancelJob',
  'chooseFolder',
  'importFiles',
  'importPasted',
  'getSettings',
  'updateSettings',
  'reportFlushed',
  'getWordLists',
  'changeWordList',
  'getDeskSync',
  'syncDeskNow',
  'changeDeskSyncPassword',
  'testDeskSync',
  'listRevisions',
  'getRevision',
  'restoreRevision',
] as const;
export type ApiMethodName = (typeof apiMethodNames)[number];

export const apiEventNames = ['libraryChanged', 'menuCommand', 'jobProgress', 'flushRequested'] as const;
export type ApiEventName = (typeof apiEventNames)[number];

/** The IPC channel that carries one method. */
export function ipcChannelOf(method: ApiMethodName): string {
  return `newsroom:${method}`;
}

/** The IPC channel that carries one push event. */
export function ipcEventChannelOf(event: ApiEventName): string {
  return `newsroom-event:${event}`;
}
