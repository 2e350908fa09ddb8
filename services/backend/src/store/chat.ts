/** The chat history and the feedback on answers (one repository: repositories/chat.ts). */
import type { Feedback } from '@george/contracts/api';
import { migrateToLatest } from '@george/runtime';
import type { Kysely, Migration } from 'kysely';

export interface ChatMessagesTable {
  id: string;
  project_id: string;
  user_id: string;
  message: string;
  answer: string;
  /** JSON: Citation[] */
  citations: string;
  intent: string;
  generated: number;
  cost: number;
  model: string | null;
  input_tokens: number;
  output_tokens: number;
  /** The `note` file the author saved this answer as, once bookmarked. */
  note_file_id: string | null;
  created_at: number;
}

export interface ChatFeedbackTable {
  message_id: string;
  user_id: string;
  rating: Feedback['rating'];
  category: Feedback['category'];
  comment: string | null;
  created_at: number;
}

export interface ChatTables {
  chat_messages: ChatMessagesTable;
  chat_feedback: ChatFeedbackTable;
}

const migrations: Record<string, Migration> = {
  '001_chat': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('chat_messages')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('citations', 'text', (c) => c.notNull())
        .addColumn('intent', 'varchar(32)', (c) => c.notNull())
        .addColumn('generated', 'integer', (c) => c.notNull())
        .addColumn('cost', 'bigint', (c) => c.notNull())
        .addColumn('model', 'varchar(200)')
        .addColumn('input_tokens', 'bigint', (c) => c.notNull())
        .addColumn('output_tokens', 'bigint', (c) => c.notNull())
        .addColumn('note_file_id', 'varchar(64)')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('chat_messages_by_project_user')
        .on('chat_messages')
        .columns(['project_id', 'user_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('chat_feedback')
        .addColumn('message_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('rating', 'varchar(8)', (c) => c.notNull())
        .addColumn('category', 'varchar(64)')
        .addColumn('comment', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('chat_feedback_pk', ['message_id', 'user_id'])
        .execute();
    },
  },
};

export function migrateChatTables<DB>(db: Kysely<DB>): Promise<string[]> {
  return migrateToLatest(db, migrations, { table: 'chat_migration' });
}
