/** The chat history and the feedback on answers: every query of chat storage. */

import { Citation, Nullable } from '@george/contracts/api';
import { parseStoredJson, type SchemaOf } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { ChatFeedbackTable, ChatMessagesTable } from '../store/chat.js';
import type { Db } from '../store/db.js';

/**
 * The citations of a message as stored: the API's `Citation`, but a chapter may be 0. Messages
 * answered before chapters were numbered from 1 (1 December 2026) hold 0-based chapters; they are
 * read as written (`chapterTitle` and `book` came later and are optional).
 */
const StoredCitations = Type.Array(
  Type.Composite([Type.Omit(Citation, ['chapter']), Type.Object({ chapter: Nullable(Type.Integer()) })]),
);

true satisfies SchemaOf<typeof StoredCitations, Citation[]>;

/** A stored message, its citations read back. */
export type ChatMessage = Omit<ChatMessagesTable, 'citations'> & { citations: Citation[] };

/** A stored message with the feedback its author gave (null when none). */
export type ChatMessageRow = ChatMessage & {
  feedback: Pick<ChatFeedbackTable, 'rating' | 'category' | 'comment'> | null;
};

/** A row of `chat_messages` as the service sees it; corrupt citations are reported as such. */
export function toChatMessage(row: ChatMessagesTable): ChatMessage {
  const where = `chat_messages.citations of message ${row.id}`;
  return { ...row, citations: parseStoredJson(StoredCitations, row.citations, where) };
}

/** What the chat service needs of storage (tests give it an in-memory one). */
export interface ChatRepository {
  /** The user's last `count` turns in the project, oldest first. */
  recentTurns(
    projectId: string,
    userId: string,
    count: number,
  ): Promise<Array<Pick<ChatMessagesTable, 'message' | 'answer'>>>;
  insertMessage(row: ChatMessagesTable): Promise<void>;
  /** The user's messages in the project, newest first, with their feedback. */
  history(
    projectId: string,
    userId: string,
    page: { limit: number; before?: number | undefined },
  ): Promise<ChatMessageRow[]>;
  getMessage(messageId: string): Promise<ChatMessage | undefined>;
  /** Sets the note of a message that has none; false when another request set one first. */
  setNoteIfNone(messageId: string, noteFileId: string): Promise<boolean>;
  /** One rating per message and user: a second one replaces the first. */
  saveFeedback(row: ChatFeedbackTable): Promise<void>;
  deleteProject(projectId: string): Promise<void>;
}

export class KyselyChatRepository implements ChatRepository {
  constructor(private readonly db: Db) {}

  async recentTurns(projectId: string, userId: string, count: number) {
    const rows = await this.db
      .selectFrom('chat_messages')
      .select(['message', 'answer'])
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .limit(count)
      .execute();
    return rows.reverse();
  }

  async insertMessage(row: ChatMessagesTable): Promise<void> {
    await this.db.insertInto('chat_messages').values(row).execute();
  }

  async history(
    projectId: string,
    userId: string,
    page: { limit: number; before?: number | undefined },
  ): Promise<ChatMessageRow[]> {
    let query = this.db
      .selectFrom('chat_messages as m')
      .leftJoin('chat_feedback as f', (join) =>
        join.onRef('f.message_id', '=', 'm.id').onRef('f.user_id', '=', 'm.user_id'),
      )
      .selectAll('m')
      .select(['f.rating', 'f.category', 'f.comment'])
      .where('m.project_id', '=', projectId)
      .where('m.user_id', '=', userId);
    if (page.before !== undefined) query = query.where('m.created_at', '<', page.before);
    const rows = await query.orderBy('m.created_at', 'desc').limit(page.limit).execute();
    return rows.map(({ rating, category, comment, ...message }) => ({
      ...toChatMessage(message),
      feedback: rating === null ? null : { rating, category, comment },
    }));
  }

  async getMessage(messageId: string): Promise<ChatMessage | undefined> {
    const row = await this.db
      .selectFrom('chat_messages')
      .selectAll()
      .where('id', '=', messageId)
      .executeTakeFirst();
    return row && toChatMessage(row);
  }

  async setNoteIfNone(messageId: string, noteFileId: string): Promise<boolean> {
    const updated = await this.db
      .updateTable('chat_messages')
      .set({ note_file_id: noteFileId })
      .where('id', '=', messageId)
      .where('note_file_id', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }

  async saveFeedback(row: ChatFeedbackTable): Promise<void> {
    await this.db
      .insertInto('chat_feedback')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['message_id', 'user_id']).doUpdateSet({
          rating: row.rating,
          category: row.category,
          comment: row.comment,
          created_at: row.created_at,
        }),
      )
      .execute();
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.db
      .deleteFrom('chat_feedback')
      .where(
        'message_id',
        'in',
        this.db.selectFrom('chat_messages').select('id').where('project_id', '=', projectId),
      )
      .execute();
    await this.db.deleteFrom('chat_messages').where('project_id', '=', projectId).execute();
  }
}
