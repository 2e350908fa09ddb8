/** The chat repository and the file statistics on both engines: history with feedback, notes, clean-up. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { KyselyChatRepository } from '../../src/repositories/chat.js';
import { FileStatsRepository } from '../../src/repositories/file-stats.js';
import { migratedDatabase } from '../support/database.js';
import { chatMessage } from '../support/memory.js';

describe.each(TEST_DIALECTS)('chat repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let chat: KyselyChatRepository;

  beforeAll(async () => {
    chat = new KyselyChatRepository(database().db);
    for (const [id, project, user, at] of [
      ['a1', 'p1', 'u1', 1000],
      ['a2', 'p1', 'u1', 2000],
      ['a3', 'p1', 'u1', 3000],
      ['b1', 'p1', 'u2', 1500],
      ['c1', 'p2', 'u1', 1200],
    ] as const) {
      await chat.insertMessage(chatMessage(id, project, user, at));
    }
  });

  it("pages a user's history newest first, each message with that user's own feedback", async () => {
    await chat.saveFeedback({
      message_id: 'a2',
      user_id: 'u1',
      rating: 'up',
      category: null,
      comment: null,
      created_at: 1,
    });
    await chat.saveFeedback({
      message_id: 'a2',
      user_id: 'u1',
      rating: 'down',
      category: 'wrong',
      comment: 'not in the book',
      created_at: 2,
    });
    // Another user's rating of the message is not its author's feedback.
    await chat.saveFeedback({
      message_id: 'a3',
      user_id: 'u2',
      rating: 'up',
      category: null,
      comment: null,
      created_at: 3,
    });
    const page = await chat.history('p1', 'u1', { limit: 10 });
    expect(page.map((m) => [m.id, m.feedback])).toEqual([
      ['a3', null],
      ['a2', { rating: 'down', category: 'wrong', comment: 'not in the book' }],
      ['a1', null],
    ]);
    expect((await chat.history('p1', 'u1', { limit: 1, before: 3000 })).map((m) => m.id)).toEqual(['a2']);
    expect((await chat.recentTurns('p1', 'u1', 2)).map((t) => t.message)).toEqual([
      'question a2',
      'question a3',
    ]);
  });

  it('sets a note once, and deletes a project with its feedback only', async () => {
    expect(await chat.setNoteIfNone('a1', 'note-1')).toBe(true);
    expect(await chat.setNoteIfNone('a1', 'note-2')).toBe(false);
    expect((await chat.getMessage('a1'))?.note_file_id).toBe('note-1');
    await chat.saveFeedback({
      message_id: 'c1',
      user_id: 'u1',
      rating: 'up',
      category: null,
      comment: null,
      created_at: 4,
    });
    await chat.deleteProject('p1');
    expect(await chat.history('p1', 'u1', { limit: 10 })).toEqual([]);
    expect((await chat.history('p2', 'u1', { limit: 10 }))[0]?.feedback?.rating).toBe('up');
    const left = await database().db.selectFrom('chat_feedback').select('message_id').execute();
    expect(left.map((f) => f.message_id)).toEqual(['c1']);
  });

  it('keeps one statistics row per file, replaced on each ingestion', async () => {
    const stats = new FileStatsRepository(database().db);
    const counts = {
      characters: 10,
      words: 2,
      uniqueWords: 2,
      sentences: 1,
      paragraphs: 1,
      chapters: 0,
      averageSentenceWords: 2,
      readingMinutes: 1,
    };
    await stats.save('p1', 'f1', { revision: 1, ...counts });
    await stats.save('p1', 'f1', { revision: 2, ...counts, words: 3 });
    expect(await stats.get('p1', 'f1')).toMatchObject({ revision: 2, words: 3 });
    await stats.deleteProject('p1');
    expect(await stats.get('p1', 'f1')).toBeNull();
  });

  it('reads citations stored before chapters counted from 1, and reports citations of another shape as corrupt', async () => {
    // Answered before 1 December 2026: a 0-based chapter, no chapterTitle, no book.
    const old = [{ fileId: 'f1', chapter: 0, start: 0, end: 5, quote: 'Emma.', kind: 'manuscript' }];
    await chat.insertMessage({ ...chatMessage('old', 'p3', 'u1', 1000), citations: JSON.stringify(old) });
    expect((await chat.getMessage('old'))?.citations).toEqual(old);
    await chat.insertMessage({
      ...chatMessage('bad', 'p3', 'u1', 2000),
      citations: JSON.stringify([{ fileId: 'f1', start: '0' }]),
    });
    await expect(chat.getMessage('bad')).rejects.toThrow(
      /corrupt stored value in chat_messages\.citations of message bad: \/0\//,
    );
    await expect(chat.history('p3', 'u1', { limit: 10 })).rejects.toThrow(
      /chat_messages\.citations of message bad/,
    );
  });
});
