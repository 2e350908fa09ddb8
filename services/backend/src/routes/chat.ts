import {
  BookmarkResponse,
  ChatBody,
  ChatHistoryQuery,
  ChatHistoryResponse,
  ChatReply,
  FeedbackBody,
  FeedbackResponse,
  MessageParams,
  ProjectParams,
} from '@george/contracts/api';
import { HttpError } from '@george/runtime';
import type { AreaRoutes } from '../http/contexts.js';
import { openEventStream } from '../http/sse.js';

const tags = ['chat'];

/** A project's chat (`/projects/:projectId/chat`): ask, stream, history. */
export const projectChatRoutes: AreaRoutes = async (app, { services: { chat } }) => {
  app.post(
    '',
    { schema: { tags, params: ProjectParams, body: ChatBody, response: { 200: ChatReply } } },
    async (request) => chat.ask(request.principal, request.params.projectId, request.body),
  );

  app.post(
    '/stream',
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
      const { projectId } = request.params;
      // Access is checked before the stream starts, so a refusal is an ordinary JSON error.
      await chat.canAsk(request.principal, projectId, request.body);
      const stream = openEventStream(request, reply);
      try {
        const result = await chat.ask(request.principal, projectId, request.body, (text) =>
          stream.send('delta', { text }),
        );
        stream.send('done', result);
      } catch (err) {
        const known = err instanceof HttpError;
        if (!known) request.log.error({ err }, 'chat stream failed');
        stream.send('error', {
          code: known ? err.code : 'internal_error',
          message: known ? err.message : 'internal error',
          status: known ? err.statusCode : 500,
        });
      }
      stream.end();
    },
  );

  app.get(
    '',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: ChatHistoryQuery,
        response: { 200: ChatHistoryResponse },
      },
    },
    async (request) => chat.history(request.principal, request.params.projectId, request.query),
  );
};

/** One chat message of the user's own (`/chat/:messageId`): bookmark, feedback. */
export const messageRoutes: AreaRoutes = async (app, { services: { chat } }) => {
  app.post(
    '/bookmark',
    { schema: { tags, params: MessageParams, response: { 200: BookmarkResponse } } },
    async (request) => chat.bookmark(request.principal, request.params.messageId),
  );

  app.post(
    '/feedback',
    { schema: { tags, params: MessageParams, body: FeedbackBody, response: { 200: FeedbackResponse } } },
    async (request) => chat.feedback(request.principal, request.params.messageId, request.body),
  );
};
