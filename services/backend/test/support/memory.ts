/**
 * In-memory stand-ins for the services' repositories and the auth server's project directory, to
 * test the services' rules quickly. The real repositories are tested against SQLite and PostgreSQL
 * (test/repositories) and the routes against the real auth server (test/routes).
 */
import type { AccessLevel, ProjectAccess } from '@george/contracts';
import { UpstreamError } from '@george/runtime';
import { type ChatMessageRow, type ChatRepository, toChatMessage } from '../../src/repositories/chat.js';
import type { EnqueueOptions } from '../../src/repositories/jobs.js';
import type { Principal } from '../../src/services/principal.js';
import type { ChatFeedbackTable, ChatMessagesTable } from '../../src/store/chat.js';

export const principal = (userId: string, role: Principal['role'] = 'author'): Principal => ({
  userId,
  role,
  email: `${userId}@example.com`,
  via: 'bearer',
  requestId: `request-${userId}`,
});

/** Who may open which project, at what level, as the auth server answers it. */
export class MemoryDirectory {
  readonly levels = new Map<string, Map<string, AccessLevel>>();
  readonly deleted: string[] = [];

  grant(projectId: string, userId: string, level: AccessLevel): void {
    const project = this.levels.get(projectId) ?? new Map<string, AccessLevel>();
    project.set(userId, level);
    this.levels.set(projectId, project);
  }

  revoke(projectId: string, userId: string): void {
    this.levels.get(projectId)?.delete(userId);
  }

  async checkAccess(projectId: string, userId: string): Promise<ProjectAccess> {
    const project = this.levels.get(projectId);
    if (!project) throw new UpstreamError('auth', 404, 'project_not_found', 'no such project');
    return { projectId, userId, level: project.get(userId) ?? null };
  }

  async deleteProject(projectId: string): Promise<void> {
    this.levels.delete(projectId);
    this.deleted.push(projectId);
  }
}

/** The job queue's enqueueing side: the jobs it was given. */
export class MemoryQueue {
  readonly jobs: Array<EnqueueOptions & { id: string; runNow: boolean }> = [];

  async enqueue(options: EnqueueOptions) {
    const job = { ...options, id: `job-${this.jobs.length + 1}`, runNow: false };
    this.jobs.push(job);
    return { id: job.id };
  }

  async runNow(id: string): Promise<void> {
    const job = this.jobs.find((j) => j.id === id);
    if (job) job.runNow = true;
  }
}

export class MemoryChatRepository implements ChatRepository {
  readonly messages: ChatMessagesTable[] = [];
  readonly feedback: ChatFeedbackTable[] = [];

  async recentTurns(projectId: string, userId: string, count: number) {
    return this.messages.filter((m) => m.project_id === projectId && m.user_id === userId).slice(-count);
  }

  async insertMessage(row: ChatMessagesTable): Promise<void> {
    this.messages.push({ ...row });
  }

  async history(projectId: string, userId: string, page: { limit: number; before?: number | undefined }) {
    return this.messages
      .filter((m) => m.project_id === projectId && m.user_id === userId)
      .filter((m) => page.before === undefined || m.created_at < page.before)
      .sort((a, b) => b.created_at - a.created_at)
      .slice(0, page.limit)
      .map((m): ChatMessageRow => {
        const given = this.feedback.find((f) => f.message_id === m.id && f.user_id === m.user_id);
        return {
          ...toChatMessage(m),
          feedback: given ? { rating: given.rating, category: given.category, comment: given.comment } : null,
        };
      });
  }

  async getMessage(messageId: string) {
    const row = this.messages.find((m) => m.id === messageId);
    return row && toChatMessage(row);
  }

  async setNoteIfNone(messageId: string, noteFileId: string): Promise<boolean> {
    const message = this.messages.find((m) => m.id === messageId);
    if (!message || message.note_file_id !== null) return false;
    message.note_file_id = noteFileId;
    return true;
  }

  async saveFeedback(row: ChatFeedbackTable): Promise<void> {
    const at = this.feedback.findIndex((f) => f.message_id === row.message_id && f.user_id === row.user_id);
    if (at === -1) this.feedback.push({ ...row });
    else this.feedback[at] = { ...row };
  }

  async deleteProject(projectId: string): Promise<void> {
    const gone = new Set(this.messages.filter((m) => m.project_id === projectId).map((m) => m.id));
    this.messages.splice(0, this.messages.length, ...this.messages.filter((m) => !gone.has(m.id)));
    this.feedback.splice(0, this.feedback.length, ...this.feedback.filter((f) => !gone.has(f.message_id)));
  }
}

export function chatMessage(
  id: string,
  projectId: string,
  userId: string,
  createdAt: number,
): ChatMessagesTable {
  return {
    id,
    project_id: projectId,
    user_id: userId,
    message: `question ${id}`,
    answer: `answer ${id}`,
    citations: '[]',
    intent: 'question',
    generated: 0,
    cost: 0,
    model: null,
    input_tokens: 0,
    output_tokens: 0,
    note_file_id: null,
    created_at: createdAt,
  };
}
