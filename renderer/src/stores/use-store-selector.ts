import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/**
 * One part of a store's state in a component, re-rendering only when that part changes (Object.is):
 * a large component need not render again for state it does not show.
 */
export function useStoreSelector<State extends object, Part>(store: Store<State>, select: (state: State) => Part): Part {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
