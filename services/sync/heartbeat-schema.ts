import * as z from 'zod';
import { ArticleIdSchema, TimestampSchema } from '../../core/article/article-schema';

/** A heartbeat as it arrives from the desk: anything else another machine (or a hostile server) wrote is ignored. */
export const HeartbeatSchema = z.object({
  name: z.string().max(200),
  machine: z.string().max(200),
  articles: z.array(ArticleIdSchema).max(100),
  at: TimestampSchema,
});
