import { randomUUID } from 'node:crypto';
import { API_SECURITY_HEADERS, forbidden, type GeorgeInstance, HttpError, notFound } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { ChatService } from '../chat/service.js';
import type { ChatMessagesTable, ChatTables } from '../chat/store.js';
import type { Citation, Turn } from '../chat/types.js';
import type { BackendContext } from '../context.js';
import { gitAuthor, INGEST_JOB } from '../files.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { chapterLabel } from '../story/numbering.js';
import { Id, ProjectParams } from './schemas.js';

const CitationSchema = Type.Object({
  fileId: Type.String(),
  /** 1-based chapter in its file, or null. */
  chapter: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  /** The book's heading of that chapter ("Chapter 21"). */
  chapterTitle: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
  kind: Type.Optional(Type.String()),
});
const ChatReply = Type.Object({
  messageId: Type.String(),
  answer: Type.String(),
  citations: Type.Array(CitationSchema),
  intent: Type.String(),
  cost: Type.Integer(),
  generated: Type.Boolean(),
  removed: Type.Optional(Type.Array(Type.String())),
  external: Type.Optional(
    Type.Array(Type.Object({ title: Type.String(), text: Type.String(), url: Type.String() })),
  ),
});
const ChatBody = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
const MessageParams = Type.Object({ messageId: Id }, { additionalProperties: false });
const HistoryItem = Type.Object({
  messageId: Type.String(),
  message: Type.String(),
  answer: Type.String(),
  citations: Type.Array(CitationSchema),
  intent: Type.String(),
  cost: Type.Integer(),
  generated: Type.Boolean(),
  bookmarked: Type.Boolean(),
  noteFileId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

function historyItem(row: ChatMessagesTable) {
  return {
    messageId: row.id,
    message: row.message,
    answer: row.answer,
    citations: JSON.parse(row.citations) as Citation[],
    intent: row.intent,
    cost: row.cost,
    generated: row.generated === 1,
    bookmarked: row.note_file_id !== null,
    noteFileId: row.note_file_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Chat with citations, its history, bookmarks (notes) and feedback; the user's credits. */
export function chatRoutes(app: GeorgeInstance, ctx: BackendContext, chat: ChatService): void {
  const db = ctx.database.db as unknown as Kysely<ChatTables>;
  const tags = ['chat'];
  const user = (request: { principal: Principal | undefined }) => request.principal as Principal;

  async function recentTurns(projectId: string, userId: string): Promise<Turn[]> {
    const rows = await db
      .selectFrom('chat_messages')
      .select(['message', 'answer'])
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .limit(3)
      .execute();
    return rows.reverse().flatMap((r) => [
      { role: 'user' as const, content: r.message },
      { role: 'assistant' as const, content: r.answer },
    ]);
  }

  /** Answers and stores one turn; the message id keys the credit hold, so nothing is charged twice. */
  async function turn(
    projectId: string,
    principal: Principal,
    message: string,
    requestId: string,
    onDelta?: (t: string) => void,
  ) {
    await ctx.access.require(projectId, principal.userId, 'read', requestId);
    const messageId = randomUUID();
    const history = await recentTurns(projectId, principal.userId);
    const result = await chat.answer({
      projectId,
      userId: principal.userId,
      messageId,
      message,
      history,
      requestId,
      ...(onDelta ? { onDelta } : {}),
    });
    await db
      .insertInto('chat_messages')
      .values({
        id: messageId,
        project_id: projectId,
        user_id: principal.userId,
        message,
        answer: result.answer,
        citations: JSON.stringify(result.citations),
        intent: result.intent,
        generated: result.generated ? 1 : 0,
        cost: result.cost,
        model: result.usage?.model ?? null,
        input_tokens: result.usage?.inputTokens ?? 0,
        output_tokens: result.usage?.outputTokens ?? 0,
        note_file_id: null,
        created_at: Date.now(),
      })
      .execute();
    return {
      messageId,
      answer: result.answer,
      citations: result.citations,
      intent: result.intent,
      cost: result.cost,
      generated: result.generated,
      removed: result.removed,
      ...(result.external ? { external: result.external } : {}),
    };
  }

  app.post(
    `${P}/projects/:projectId/chat`,
    { schema: { tags, params: ProjectParams, body: ChatBody, response: { 200: ChatReply } } },
    async (request) => turn(request.params.projectId, user(request), request.body.message, request.id),
  );

  app.post(
    `${P}/projects/:projectId/chat/stream`,
    {
      schema: {
        tags,
        params: ProjectParams,
        body: ChatBody,
        produces: ['text/event-stream'],
        description:
          'Server-sent events: `delta` events with {text} as the answer is written, then `done` with the whole reply (as POST /chat answers), or `error`.',
      },
    },
    async (request, reply) => {
      const principal = user(request);
      // Access is checked before the stream starts, so a refusal is an ordinary JSON error.
      await ctx.access.require(request.params.projectId, principal.userId, 'read', request.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...API_SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      try {
        const result = await turn(
          request.params.projectId,
          principal,
          request.body.message,
          request.id,
          (text) => send('delta', { text }),
        );
        send('done', result);
      } catch (err) {
        const known = err instanceof HttpError;
        if (!known) request.log.error({ err }, 'chat stream failed');
        send('error', {
          code: known ? err.code : 'internal_error',
          message: known ? err.message : 'internal error',
          status: known ? err.statusCode : 500,
        });
      }
      raw.end();
    },
  );

  app.get(
    `${P}/projects/:projectId/chat`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            before: Type.Optional(Type.Integer({ minimum: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ messages: Type.Array(HistoryItem) }) },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'read', request.id);
      let query = db
        .selectFrom('chat_messages')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('user_id', '=', principal.userId);
      if (request.query.before !== undefined) query = query.where('created_at', '<', request.query.before);
      const rows = await query
        .orderBy('created_at', 'desc')
        .limit(request.query.limit ?? 50)
        .execute();
      return { messages: rows.reverse().map(historyItem) };
    },
  );

  /** The user's own message, or 404: nobody can see or act on another user's chat. */
  async function ownMessage(messageId: string, principal: Principal): Promise<ChatMessagesTable> {
    const row = await db
      .selectFrom('chat_messages')
      .selectAll()
      .where('id', '=', messageId)
      .executeTakeFirst();
    if (!row || row.user_id !== principal.userId) throw notFound('no such message', 'message_not_found');
    return row;
  }

  app.post(
    `${P}/chat/:messageId/bookmark`,
    {
      schema: {
        tags,
        params: MessageParams,
        response: {
          200: Type.Object({ noteFileId: Type.String(), jobId: Type.Union([Type.String(), Type.Null()]) }),
        },
      },
    },
    async (request) => {
      const principal = user(request);
      const row = await ownMessage(request.params.messageId, principal);
      await ctx.access.require(row.project_id, principal.userId, 'comment', request.id);
      if (row.note_file_id) return { noteFileId: row.note_file_id, jobId: null };
      const citations = JSON.parse(row.citations) as Citation[];
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
      const note = await ctx.files.createDocument(
        row.project_id,
        {
          name: `Note - ${row.message.slice(0, 60).replace(/[^\p{L}\p{N} ,.'?-]/gu, '')}.md`,
          kind: 'note',
          format: 'markdown',
          content,
        },
        { requestId: request.id },
      );
      // First bookmark wins; a concurrent second one removes its own note.
      const updated = await db
        .updateTable('chat_messages')
        .set({ note_file_id: note.id })
        .where('id', '=', row.id)
        .where('note_file_id', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        await ctx.files.delete(row.project_id, note.id).catch(() => undefined);
        const again = await ownMessage(row.id, principal);
        return { noteFileId: again.note_file_id as string, jobId: null };
      }
      await ctx.git.commit(row.project_id, {
        message: 'Note saved from chat',
        author: gitAuthor(principal),
        files: [{ path: `notes/${note.id}.md`, content }],
      });
      // Indexed as kind `note`: only notes the author chose are ever used as sources.
      const job = await ctx.queue.enqueue({
        type: INGEST_JOB,
        projectId: row.project_id,
        fileId: note.id,
        payload: { fileId: note.id },
      });
      ctx.runner.nudge();
      return { noteFileId: note.id, jobId: job.id };
    },
  );

  app.post(
    `${P}/chat/:messageId/feedback`,
    {
      schema: {
        tags,
        params: MessageParams,
        body: Type.Object(
          {
            rating: Type.Union([Type.Literal('up'), Type.Literal('down')]),
            category: Type.Optional(
              Type.Union([
                Type.Literal('wrong'),
                Type.Literal('incomplete'),
                Type.Literal('bad_citation'),
                Type.Literal('not_helpful'),
                Type.Literal('helpful'),
                Type.Literal('other'),
              ]),
            ),
            comment: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ messageId: Type.String(), rating: Type.String() }) },
      },
    },
    async (request) => {
      const principal = user(request);
      const row = await ownMessage(request.params.messageId, principal);
      const values = {
        message_id: row.id,
        user_id: principal.userId,
        rating: request.body.rating,
        category: request.body.category ?? null,
        comment: request.body.comment ?? null,
        created_at: Date.now(),
      };
      await db
        .insertInto('chat_feedback')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['message_id', 'user_id']).doUpdateSet({
            rating: values.rating,
            category: values.category,
            comment: values.comment,
            created_at: values.created_at,
          }),
        )
        .execute();
      return { messageId: row.id, rating: request.body.rating };
    },
  );

  app.get(`${P}/billing/balance`, { schema: { tags: ['billing'] } }, async (request) => {
    const principal = user(request);
    return chat.billing.getAccount(principal.userId, { requestId: request.id });
  });

  app.get(
    `${P}/billing/usage`,
    {
      schema: {
        tags: ['billing'],
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const principal = user(request);
      return chat.billing.listUsage(principal.userId, request.query, { requestId: request.id });
    },
  );

  app.get(`${P}/admin/costs`, { schema: { tags: ['admin'] } }, async (request) => {
    const principal = user(request);
    if (principal.role !== 'operator') throw forbidden('operators only', 'operator_only');
    return chat.billing.figures(principal.userId, undefined, { requestId: request.id });
  });
}
