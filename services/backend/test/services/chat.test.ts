/** The chat rules: a chat is its author's alone; feedback needs access now. */
import { describe, expect, it } from 'vitest';
import { AccessCache } from '../../src/services/access.js';
import { ChatService } from '../../src/services/chat.js';
import {
  chatMessage,
  MemoryChatRepository,
  MemoryDirectory,
  MemoryQueue,
  principal,
} from '../support/memory.js';

function setup() {
  const directory = new MemoryDirectory();
  directory.grant('p1', 'owner', 'owner');
  directory.grant('p1', 'member', 'read');
  const chat = new MemoryChatRepository();
  const service = new ChatService({
    chat,
    access: new AccessCache(directory, 0),
    // Asking (the model, the index) is covered by the chat pipeline's and the stack's tests.
    answerer: {
      model: undefined,
      answer: async () => {
        throw new Error('not asked in these tests');
      },
    },
    files: {
      createDocument: async () => {
        throw new Error('not bookmarked in these tests');
      },
      delete: async () => {
        throw new Error('not bookmarked in these tests');
      },
    },
    git: { commit: async () => ({ head: null, changed: false }) },
    queue: new MemoryQueue(),
    runner: { nudge: () => undefined },
    story: { books: async () => [] },
  });
  return { directory, chat, service };
}

describe('ChatService', () => {
  it('shows each answer with the rating its author gave, oldest first', async () => {
    const { chat, service } = setup();
    await chat.insertMessage(chatMessage('m1', 'p1', 'member', 1000));
    await chat.insertMessage(chatMessage('m2', 'p1', 'member', 2000));
    await service.feedback(principal('member'), 'm1', { rating: 'up' });
    await service.feedback(principal('member'), 'm2', { rating: 'up' });
    await service.feedback(principal('member'), 'm2', { rating: 'down', category: 'wrong', comment: 'no' });
    const { messages } = await service.history(principal('member'), 'p1', {});
    expect(messages.map((m) => [m.messageId, m.feedback])).toEqual([
      ['m1', { rating: 'up', category: null, comment: null }],
      ['m2', { rating: 'down', category: 'wrong', comment: 'no' }],
    ]);
  });

  it("nobody rates or sees another user's message", async () => {
    const { chat, service } = setup();
    await chat.insertMessage(chatMessage('m1', 'p1', 'member', 1000));
    await expect(service.feedback(principal('owner'), 'm1', { rating: 'down' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'message_not_found',
    });
    expect(chat.feedback).toEqual([]);
    expect((await service.history(principal('owner'), 'p1', {})).messages).toEqual([]);
  });

  it('a member removed from the project can no longer rate what they asked before', async () => {
    const { directory, chat, service } = setup();
    await chat.insertMessage(chatMessage('m1', 'p1', 'member', 1000));
    await service.feedback(principal('member'), 'm1', { rating: 'up' });
    directory.revoke('p1', 'member');
    await expect(service.feedback(principal('member'), 'm1', { rating: 'down' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'project_not_found',
    });
    expect(chat.feedback.map((f) => f.rating)).toEqual(['up']);
    await expect(service.history(principal('member'), 'p1', {})).rejects.toMatchObject({ statusCode: 404 });
  });
});
