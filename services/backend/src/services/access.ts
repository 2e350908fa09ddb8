import { type AccessLevel, type AuthClient, accessAtLeast } from '@george/contracts';
import { UpstreamError } from '@george/runtime';
import { INSUFFICIENT_ACCESS, PROJECT_NOT_FOUND } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * The acting user's level on a project, asked of the auth server and reused for `ttlMs` (a few
 * seconds: a revoked grant stops working within that time). A cache, not shared state: every worker
 * keeps its own and each answer comes from the auth server's database.
 */
export class AccessCache {
  private readonly entries = new Map<string, { level: AccessLevel | null; expires: number }>();

  constructor(
    private readonly auth: Pick<AuthClient, 'checkAccess'>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async level(projectId: string, userId: string, requestId?: string): Promise<AccessLevel | null> {
    const key = `${projectId}\u0000${userId}`;
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.level;
    let level: AccessLevel | null;
    try {
      const answer = await this.auth.checkAccess(projectId, userId, requestId ? { requestId } : {});
      level = answer.level;
    } catch (err) {
      if (err instanceof UpstreamError && err.statusCode === 404) level = null;
      else throw err;
    }
    if (this.ttlMs > 0) {
      if (this.entries.size > 10_000) this.entries.clear();
      this.entries.set(key, { level, expires: now + this.ttlMs });
    }
    return level;
  }

  /** The principal's level, or 404 (no access: the project's existence is not revealed) / 403 (too low). */
  async require(projectId: string, principal: Principal, needed: AccessLevel): Promise<AccessLevel> {
    const level = await this.level(projectId, principal.userId, principal.requestId);
    if (!level) throw PROJECT_NOT_FOUND();
    if (!accessAtLeast(level, needed)) throw INSUFFICIENT_ACCESS(needed);
    return level;
  }

  /** Forgets what this process knows of a project (after a change made through this process). */
  forget(projectId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${projectId}\u0000`)) this.entries.delete(key);
  }
}
