import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../src/email.js';

describe('e-mail normalisation', () => {
  it('gives one form: trimmed, NFKC, lower case, ASCII domain', () => {
    expect(normaliseEmail('  Root@Example.COM ')).toBe('root@example.com');
    expect(normaliseEmail('ｏｐｅｒａｔｏｒ@george.local')).toBe('operator@george.local');
    expect(normaliseEmail('autor@пример.рф')).toBe('autor@xn--e1afmkfd.xn--p1ai');
    expect(normaliseEmail("o'brien+tag@example.com")).toBe("o'brien+tag@example.com");
  });

  it('attack: refuses homoglyph addresses that would pass for another user', () => {
    // Cyrillic а and р in the local part; a Cyrillic а inside a Latin domain label.
    for (const forged of [
      'раul@example.com',
      'operаtor@george.local',
      'operator@geоrge.local',
      'paul@exаmple.com',
    ]) {
      expect(() => normaliseEmail(forged)).toThrow(expect.objectContaining({ code: 'confusable_email' }));
    }
  });

  it('refuses what is not an address', () => {
    for (const bad of [
      'not an email',
      '@example.com',
      'a@b',
      'a@exa mple.com',
      'a@.com',
      `${'a'.repeat(65)}@x.com`,
    ]) {
      expect(() => normaliseEmail(bad)).toThrow(expect.objectContaining({ code: 'invalid_email' }));
    }
  });
});
