import { describe, expect, it } from 'vitest';
import { sanitiseName } from '../../src/services/names.js';

describe('file names shown to others', () => {
  it('attack: a right-to-left override cannot disguise a name (invoice\\u202Efdp.exe shows as invoicefdp.exe)', () => {
    expect(sanitiseName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseName('\u2066chapter\u2069 one\u200F.md')).toBe('chapter one.md');
  });

  it('keeps ordinary names, including right-to-left scripts themselves', () => {
    expect(sanitiseName('Chapter 1.docx')).toBe('Chapter 1.docx');
    expect(sanitiseName('פרק א.txt')).toBe('פרק א.txt');
    expect(sanitiseName('../../etc/passwd')).toBe('passwd');
  });
});
