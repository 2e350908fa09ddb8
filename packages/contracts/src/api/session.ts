/** Sessions: sign-up, sign-in, refresh, sign-out (public) and the signed-in user. */
import { Type } from '@sinclair/typebox';
import { UserSchema } from '../schemas/auth.js';

export { UserResponse } from '../schemas/auth.js';

export const PublicSession = Type.Object(
  {
    user: UserSchema,
    accessToken: Type.String(),
    /** Seconds until the access token expires. */
    expiresIn: Type.Integer(),
    /** The double-submit CSRF token (also in the `george_csrf` cookie) for X-CSRF-Token. */
    csrfToken: Type.String(),
  },
  { additionalProperties: false },
);

export const PublicRegisterBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 10, maxLength: 1024 }),
    inviteCode: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const PublicLoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
