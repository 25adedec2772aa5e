import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/** A store's current state in a component, re-rendering when it changes. */
export function useStore<State extends object>(store: Store<State>): State {
  return useSyncExternalStore(store.subscribe, store.getState);
}
