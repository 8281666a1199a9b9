/**
 * The mention types, as the CLI's main thread knows them without loading the schema (zod
 * costs the main thread ~14 MB, and with worker threads it needs nothing else from it). A
 * test keeps this list equal to the schema's MENTION_TYPES.
 */
import type { MentionType } from '../schema/index.js';

export const CLI_MENTION_TYPES: readonly MentionType[] = ['person', 'organization', 'location', 'document', 'count', 'date', 'event', 'title'];
