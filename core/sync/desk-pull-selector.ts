import type { DeskShareRule } from '../settings/settings-schema';

/**
 * The Mango selector the desk's CouchDB filters what it sends this machine with: the heartbeats, the
 * images (each once, whatever stories show it), and the stories (deletions too: their tombstones keep
 * the section and tags) in the sections and tags it follows. Undefined when it follows everything.
 */
export function deskPullSelector(rule: Pick<DeskShareRule, 'sections' | 'tags'>): Record<string, unknown> | undefined {
  const conditions = [
    ...(rule.sections.length > 0 ? [{ 'article.section': { $in: [...rule.sections] } }] : []),
    ...(rule.tags.length > 0 ? [{ 'article.tags': { $elemMatch: { $in: [...rule.tags] } } }] : []),
  ];
  if (conditions.length === 0) return undefined;
  // Every heartbeat id starts "presence:" and every image's "media:"; ";" is the character after ":".
  return { $or: [{ _id: { $gte: 'presence:', $lt: 'presence;' } }, { _id: { $gte: 'media:', $lt: 'media;' } }, { $and: conditions }] };
}
