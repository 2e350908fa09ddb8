import { describe, expect, it } from 'vitest';
import { createError, HttpError } from '../src/errors.js';

describe('createError (a service error catalogue entry)', () => {
  const insufficient = createError('insufficient_access', 'this needs %s access to the project', 403);
  const conflict = createError('revision_conflict', 'the file changed since you loaded it', 409);

  it('fills the template, keeps code and status, and is an HttpError the handler shows', () => {
    const err = insufficient('edit');
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ statusCode: 403, code: 'insufficient_access' });
    expect(err.message).toBe('this needs edit access to the project');
    expect(insufficient.code).toBe('insufficient_access');
    expect(insufficient.statusCode).toBe(403);
  });

  it('takes details after the template arguments', () => {
    const err = conflict({ revision: 4 });
    expect(err.details).toEqual({ revision: 4 });
    expect(err.message).toBe('the file changed since you loaded it');
    expect(insufficient('read', { level: 'read' }).details).toEqual({ level: 'read' });
  });

  it('recognises its own errors only', () => {
    expect(insufficient.is(insufficient('edit'))).toBe(true);
    expect(insufficient.is(conflict())).toBe(false);
    expect(insufficient.is(new Error('insufficient_access'))).toBe(false);
  });
});
