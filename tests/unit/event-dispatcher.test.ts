import { describe, expect, it } from 'vitest';
import { eventDispatcher } from '../../core/api/event-dispatcher';

describe('eventDispatcher', () => {
  it('keeps what came before anything listened and hands it to the first listener, in order', async () => {
    const events = eventDispatcher();
    events.deliver('libraryChanged', { reason: 'external' });
    events.deliver('libraryChanged', { reason: 'saved', id: 'a', revision: 2 });
    events.deliver('menuCommand', { command: 'save' });
    const heard: unknown[] = [];
    events.subscribe('libraryChanged', (payload) => heard.push(payload));
    await Promise.resolve();
    expect(heard).toEqual([{ reason: 'external' }, { reason: 'saved', id: 'a', revision: 2 }]);

    events.deliver('libraryChanged', { reason: 'deleted', id: 'b' });
    expect(heard).toHaveLength(3);
    const commands: unknown[] = [];
    events.subscribe('menuCommand', (payload) => commands.push(payload));
    await Promise.resolve();
    expect(commands).toEqual([{ command: 'save' }]);
  });

  it('hands later events to every listener and none to one that left', () => {
    const events = eventDispatcher();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stop = events.subscribe('jobProgress', (payload) => first.push(payload));
    events.subscribe('jobProgress', (payload) => second.push(payload));
    events.deliver('jobProgress', { jobId: 'j', kind: 'import', done: 1, total: 2 });
    stop();
    events.deliver('jobProgress', { jobId: 'j', kind: 'import', done: 2, total: 2 });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(2);
  });

  it('keeps at most the latest hundred of a kind, and refuses an unknown event', async () => {
    const events = eventDispatcher();
    for (let index = 0; index < 150; index += 1) events.deliver('jobProgress', { done: index });
    const heard: { done: number }[] = [];
    events.subscribe('jobProgress', (payload) => heard.push(payload as { done: number }));
    await Promise.resolve();
    expect(heard.map(({ done }) => done)).toEqual(Array.from({ length: 100 }, (_, index) => index + 50));
    expect(() => events.subscribe('noSuchEvent' as never, () => undefined)).toThrow(/Unknown event/);
  });
});
