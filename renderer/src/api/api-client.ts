import type { ApiEventSubscriber, NewsroomApi } from '../../../core/api/api-contract';

/** What components use: every API method plus push events, whatever carries them. */
export type ApiClient = NewsroomApi & { readonly subscribe: ApiEventSubscriber };

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    readonly newsroom?: ApiClient;
  }
}
