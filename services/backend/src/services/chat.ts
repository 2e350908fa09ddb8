import { randomUUID } from 'node:crypto';
import type {
  ChatBody,
  ChatHistoryItem,
  ChatHistoryQuery,
  ChatReply,
  FeedbackBody,
} from '@george/contracts/api';
import type { Answerer } from '../chat/answerer.js';
import type { BackendContext } from '../context.js';
import { BOOK_NOT_FOUND, MESSAGE_NOT_FOUND } from '../errors.js';
import type { JobRunner } from '../jobs/runner.js';
import { INGEST_JOB } from '../jobs/types.js';
import type { ChatMessage, ChatMessageRow, ChatRepository } from '../repositories/chat.js';
import type { JobEnqueuer } from '../repositories/jobs.js';
import type { StoryRepository } from '../repositories/story.js';
import { chapterLabel } from '../story/numbering.js';
import { booksByFile } from '../story/series.js';
import type { AccessCache } from './access.js';
import { gitAuthor, type Principal } from './principal.js';

/** Turns of the conversation given to the answerer with a new message (follow-ups). */
const HISTORY_TURNS = 3;

function historyItem(row: ChatMessageRow): ChatHistoryItem {
  return {
    messageId: row.id,
    message: row.message,
    answer: row.answer,
    citations: row.citations,
    intent: row.intent,
    cost: row.cost,
    generated: row.generated === 1,
    bookmarked: row.note_file_id !== null,
    noteFileId: row.note_file_id,
    feedback: row.feedback,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export interface ChatServiceDeps {
  chat: ChatRepository;
  answerer: Answerer;
  access: AccessCache;
  files: Pick<BackendContext['files'], 'createDocument' | 'delete'>;
  git: Pick<BackendContext['git'], 'commit'>;
  queue: JobEnqueuer;
  runner: Pick<JobRunner, 'nudge'>;
  /** The series' books: a question about one book, and the book of each citation. */
  story: Pick<StoryRepository, 'books'>;
}

/** Chat with citations, its history, bookmarks (notes) and feedback. A chat is its author's alone. */
export class ChatService {
  constructor(private readonly deps: ChatServiceDeps) {}

  /**
   * Answers and stores one turn, about the whole project or one book of the series (only its files
   * are sources; an unknown book is refused before anything is asked or charged). Each citation
   * names its book. The user needs read access now; the message id keys the credit hold, so nothing
   * is charged twice.
   */
  async ask(
    principal: Principal,
    projectId: string,
    body: ChatBody,
    onDelta?: (text: string) => void,
  ): Promise<ChatReply> {
    const { access, chat, answerer } = this.deps;
    await access.require(projectId, principal, 'read');
    const { message } = body;
    const { books, asked } = await this.series(projectId, body.book);
    const bookOf = booksByFile(books);
    const messageId = randomUUID();
    const recent = await chat.recentTurns(projectId, principal.userId, HISTORY_TURNS);
    const history = recent.flatMap((r) => [
      { role: 'user' as const, content: r.message },
      { role: 'assistant' as const, content: r.answer },
    ]);
    const result = await answerer.answer({
      projectId,
      userId: principal.userId,
      messageId,
      message,
      history,
      requestId: principal.requestId,
      ...(asked ? { fileIds: asked.fileIds } : {}),
      ...(onDelta ? { onDelta } : {}),
    });
    const citations = result.citations.map((c) => {
      const book = bookOf.get(c.fileId);
      return book ? { ...c, book: { number: book.number, title: book.title } } : c;
    });
    await chat.insertMessage({
      id: messageId,
      project_id: projectId,
      user_id: principal.userId,
      message,
      answer: result.answer,
      citations: JSON.stringify(citations),
      intent: result.intent,
      generated: result.generated ? 1 : 0,
      cost: result.cost,
      model: result.usage?.model ?? null,
      input_tokens: result.usage?.inputTokens ?? 0,
      output_tokens: result.usage?.outputTokens ?? 0,
      note_file_id: null,
      created_at: Date.now(),
    });
    return {
      messageId,
      answer: result.answer,
      citations,
      intent: result.intent,
      cost: result.cost,
      generated: result.generated,
      removed: result.removed,
      ...(result.external ? { external: result.external } : {}),
    };
  }

  /** The project's books and the one asked about; an unknown book is a 404. */
  private async series(projectId: string, book: number | undefined) {
    const books = await this.deps.story.books(projectId);
    const asked = book === undefined ? undefined : books.find((b) => b.number === book);
    if (book !== undefined && !asked) throw BOOK_NOT_FOUND(book);
    return { books, asked };
  }

  /** Checks access and the book before a stream starts, so that a refusal is an ordinary error answer. */
  async canAsk(principal: Principal, projectId: string, body: ChatBody): Promise<void> {
    await this.deps.access.require(projectId, principal, 'read');
    await this.series(projectId, body.book);
  }

  /** The user's own messages in the project, oldest first, each with the rating they gave. */
  async history(principal: Principal, projectId: string, query: ChatHistoryQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const rows = await this.deps.chat.history(projectId, principal.userId, {
      limit: query.limit ?? 50,
      before: query.before,
    });
    return { messages: rows.reverse().map(historyItem) };
  }

  /** The user's own message, or 404: nobody can see or act on another user's chat. */
  private async ownMessage(principal: Principal, messageId: string): Promise<ChatMessage> {
    const row = await this.deps.chat.getMessage(messageId);
    if (!row || row.user_id !== principal.userId) throw MESSAGE_NOT_FOUND();
    return row;
  }

  /** Saves the answer as a `note` file (indexed: notes the author chose become sources); once per message. */
  async bookmark(principal: Principal, messageId: string) {
    const { access, chat, files, git, queue, runner } = this.deps;
    const row = await this.ownMessage(principal, messageId);
    await access.require(row.project_id, principal, 'comment');
    if (row.note_file_id) return { noteFileId: row.note_file_id, jobId: null };
    const { citations } = row;
    const content = [
      `Question: ${row.message}`,
      '',
      row.answer,
      '',
      ...citations.map(
        (c, i) =>
          `[${i + 1}] ${c.fileId}${c.chapter === null ? '' : `, ${chapterLabel(c.chapter, c.chapterTitle)}`}, ${c.start}-${c.end}`,
      ),
    ].join('\n');
    const note = await files.createDocument(
      row.project_id,
      {
        name: `Note - ${row.message.slice(0, 60).replace(/[^\p{L}\p{N} ,.'?-]/gu, '')}.md`,
        kind: 'note',
        format: 'markdown',
        content,
      },
      { requestId: principal.requestId },
    );
    // First bookmark wins; a concurrent second one removes its own note.
    if (!(await chat.setNoteIfNone(row.id, note.id))) {
      await files.delete(row.project_id, note.id).catch(() => undefined);
      const again = await this.ownMessage(principal, row.id);
      if (again.note_file_id === null) throw new Error(`message ${row.id} lost its bookmark note`);
      return { noteFileId: again.note_file_id, jobId: null };
    }
    await git.commit(row.project_id, {
      message: 'Note saved from chat',
      author: gitAuthor(principal),
      files: [{ path: `notes/${note.id}.md`, content }],
    });
    const job = await queue.enqueue({
      type: INGEST_JOB,
      projectId: row.project_id,
      fileId: note.id,
      payload: { fileId: note.id },
    });
    runner.nudge();
    return { noteFileId: note.id, jobId: job.id };
  }

  /**
   * Rates an answer of the user's own. They must still be able to read the project: a member who
   * was removed cannot rate what they asked before.
   */
  async feedback(principal: Principal, messageId: string, body: FeedbackBody) {
    const row = await this.ownMessage(principal, messageId);
    await this.deps.access.require(row.project_id, principal, 'read');
    await this.deps.chat.saveFeedback({
      message_id: row.id,
      user_id: principal.userId,
      rating: body.rating,
      category: body.category ?? null,
      comment: body.comment ?? null,
      created_at: Date.now(),
    });
    return { messageId: row.id, rating: body.rating };
  }
}
