#!/usr/bin/env node
// Whom a question describes (issue 16): for each question of eval/described-resolution.json (40
// questions naming people only by what they are, each with the one character it asks about, or
// null), the character the ledger's describedCharacter resolves it to, over each book's story bible
// and ledger as eval/chat.mjs builds them (answers-lib's storyOf); prints how many resolve to the
// expected character, to another, to none. The tuned chat sets of such questions (described 9,
// reader 7) carry no expected character, and their answer quotes are too short to show whom the
// passage names: for them it prints only how many resolve.
// Options: --verbose (each question of the check that does not resolve as expected).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_BOOKS, SETS, storyOf } from './answers-lib.mjs';
import { loadChunks, ROOT } from './lib.mjs';

const { describedCharacter } = await import(join(ROOT, 'services/backend/dist/chat/ledger.js'));

const check = JSON.parse(readFileSync(join(ROOT, 'eval/described-resolution.json'), 'utf8'));
const verbose = process.argv.includes('--verbose');
const books = await loadChunks(ALL_BOOKS);
const stories = {};
const contextOf = async (key) => {
  stories[key] ??= await storyOf(key, books[key]);
  const story = stories[key];
  return {
    entities: story.entities,
    facts: async (ids) => story.facts.filter((f) => ids === null || ids.includes(f.entityId)),
    search: async () => {
      throw new Error('describedCharacter does not search');
    },
  };
};
const lower = (s) => s.toLowerCase();
const wordsOf = (s) => lower(s).match(/\p{L}+/gu) ?? [];
/** The expected character: the entity's name holds its words in order, or an alias equals it. */
const isExpected = (entity, expected) => {
  const name = ` ${wordsOf(entity.name).join(' ')} `;
  const wanted = wordsOf(expected).join(' ');
  return name.includes(` ${wanted} `) || entity.aliases.some((a) => wordsOf(a).join(' ') === wanted);
};
const tally = { expected: 0, other: 0, none: 0, n: 0 };
for (const q of check.questions) {
  const found = await describedCharacter(q.question, await contextOf(q.book));
  tally.n += 1;
  const right = q.expected === null ? found === null : found !== null && isExpected(found, q.expected);
  if (right) tally.expected += 1;
  else if (found === null) tally.none += 1;
  else tally.other += 1;
  if (verbose && !right)
    console.log(`  ${q.id}: expected ${q.expected ?? 'no one'}, got ${found?.name ?? 'no one'}`);
}
console.log(
  `described resolution (check): ${tally.expected}/${tally.n} as expected, ${tally.other} to another, ${tally.none} to none`,
);
for (const name of ['described9', 'reader7']) {
  const r = { n: 0, resolved: 0 };
  for (const q of SETS[name].questions) {
    r.n += 1;
    if ((await describedCharacter(q.question, await contextOf(q.book))) !== null) r.resolved += 1;
  }
  console.log(`${name}: ${r.resolved}/${r.n} resolved`);
}
