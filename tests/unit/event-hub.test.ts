import { describe, expect, it } from 'vitest';
import { EventHub } from '../../services/api/event-hub';

describe('EventHub', () => {
  it('remembers the library changes of the last five seconds, and no other events', () => {
    let now = 1_000_000;
    const events = new EventHub(() => now);
    events.emit('libraryChanged', { reason: 'saved', id: 'a', revision: 2 });
    events.emit('menuCommand', { command: 'save' });
    now += 3000;
    events.emit('libraryChanged', { reason: 'external' });
    expect(events.recentLibraryChanges()).toEqual([{ reason: 'saved', id: 'a', revision: 2 }, { reason: 'external' }]);
    now += 2500;
    expect(events.recentLibraryChanges()).toEqual([{ reason: 'external' }]);
    now += 5000;
    expect(events.recentLibraryChanges()).toEqual([]);
  });

  it('keeps at most the latest hundred changes', () => {
    const events = new EventHub(() => 0);
    for (let index = 0; index < 130; index += 1) events.emit('libraryChanged', { reason: 'saved', id: `a${index}`, revision: 2 });
    const kept = events.recentLibraryChanges();
    expect(kept).toHaveLength(100);
    expect(kept[0]).toMatchObject({ id: 'a30' });
  });
});
