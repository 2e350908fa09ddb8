import type { AuthClient, LoginRequest, RegisterRequest, Session } from '@george/contracts';
import { UpstreamError } from '@george/runtime';
import { NO_SESSION } from '../errors.js';
import type { Principal } from './principal.js';

/** The auth server refused (4xx): it changed nothing and the session it was asked about is gone. */
export const isRefusal = (err: unknown) => err instanceof UpstreamError && err.statusCode < 500;

/** Sessions through the auth server: sign-up, sign-in, refresh, sign-out, the signed-in user. */
export class SessionService {
  constructor(private readonly auth: Pick<AuthClient, 'register' | 'login' | 'refresh' | 'logout' | 'me'>) {}

  register(body: Omit<RegisterRequest, 'clientAddress'>, clientAddress: string, requestId: string) {
    return this.auth.register({ ...body, clientAddress }, { requestId });
  }

  login(body: Omit<LoginRequest, 'clientAddress'>, clientAddress: string, requestId: string) {
    return this.auth.login({ ...body, clientAddress }, { requestId });
  }

  refresh(refreshToken: string | undefined, requestId: string): Promise<Session> {
    if (!refreshToken) throw NO_SESSION();
    return this.auth.refresh(refreshToken, { requestId });
  }

  /** Ends the session; an unknown or expired refresh token is already signed out. */
  async logout(refreshToken: string | undefined, requestId: string): Promise<void> {
    if (!refreshToken) return;
    await this.auth.logout(refreshToken, false, { requestId }).catch((err) => {
      if (!isRefusal(err)) throw err;
    });
  }

  async me(principal: Principal) {
    return { user: await this.auth.me({ userId: principal.userId, requestId: principal.requestId }) };
  }
}
