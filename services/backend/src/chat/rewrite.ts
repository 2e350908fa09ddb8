import { properNouns } from './text.js';
import type { Turn } from './types.js';

const FOLLOW_UP =
  /^\s*(and|but|also|what about|how about|then|so)\b|\b(he|she|they|him|her|them|his|hers|their|it|its|that|this|those|these)\b/i;

/**
 * Rewrites a follow-up ("And her sister?") into a standalone question by carrying over the names
 * from the recent turns, so retrieval finds the right passages. Questions that name someone are
 * already standalone.
 */
export function standaloneQuestion(message: string, history: Turn[]): string {
  if (properNouns(message).length > 0 || !FOLLOW_UP.test(message)) return message;
  const recentUser = [...history].reverse().filter((t) => t.role === 'user');
  for (const turn of recentUser.slice(0, 3)) {
    const names = properNouns(turn.content);
    if (names.length > 0) return `${message.trim()} (about ${[...new Set(names)].join(', ')})`;
  }
  return message;
}
