/** The data of each saga type as recovery reads it back from the saga log. */
import { describe, expect, it } from 'vitest';
import { SAGA_DATA, sagaData } from '../../src/services/file-operations.js';

const row = (type: string, data: unknown) => ({ id: 's1', type, data: JSON.stringify(data) });
const author = { name: 'Ann', email: 'ann@example.com' };

describe('saga data', () => {
  it('reads sagas written by the first version, before sha256, kind and forgetQueued existed', () => {
    const upload = { name: 'a.txt', startedAt: 1, fileId: 'f1', revision: 1, commit: null };
    expect(sagaData(SAGA_DATA.upload, row('upload', upload))).toEqual(upload);
    const text = {
      message: 'Edit',
      author,
      files: [{ fileId: 'f1', oldText: 'a', newText: 'b', baseRevision: 1 }],
    };
    expect(sagaData(SAGA_DATA.text, row('text', text))).toEqual(text);
    const deletion = { author, name: 'a.txt', gitDone: true };
    expect(sagaData(SAGA_DATA.delete, row('delete', deletion))).toEqual(deletion);
  });

  it('reads what the current steps write', () => {
    const upload = { name: 'a.txt', kind: 'note', startedAt: 1, sha256: 'ab', fileId: 'f1', jobId: 'j1' };
    expect(sagaData(SAGA_DATA.upload, row('upload', upload))).toEqual(upload);
    const deletion = { author, name: 'a.txt', gitDone: true, fsDone: true, forgetQueued: true };
    expect(sagaData(SAGA_DATA.delete, row('delete', deletion))).toEqual(deletion);
  });

  it('reports data of another shape as a corrupt row, naming the saga', () => {
    expect(() => sagaData(SAGA_DATA.delete, row('delete', { name: 'a.txt' }))).toThrow(
      /corrupt stored value in sagas\.data of delete saga s1: \/author/,
    );
    expect(() =>
      sagaData(SAGA_DATA.upload, row('upload', { name: 'a.txt', startedAt: 1, kind: 'poem' })),
    ).toThrow(/sagas\.data of upload saga s1: \/kind/);
    expect(() => sagaData(SAGA_DATA.text, { id: 's2', type: 'text', data: '{' })).toThrow(
      /sagas\.data of text saga s2: not JSON/,
    );
  });
});
