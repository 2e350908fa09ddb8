import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { costOf, parsePrices } from '../../src/services/prices.js';

describe('prices', () => {
  const table = parsePrices('{"tiny": {"inputPerMillion": 1, "outputPerMillion": 3}}');

  it('computes integer costs, rounding up', () => {
    expect(costOf(table, 'tiny', 0, 0)).toBe(0);
    expect(costOf(table, 'tiny', 1, 0)).toBe(1);
    expect(costOf(table, 'tiny', 1_000_000, 0)).toBe(1);
    expect(costOf(table, 'tiny', 1_000_001, 0)).toBe(2);
    expect(costOf(table, 'tiny', 0, 333_334)).toBe(2);
    expect(costOf(table, 'gpt-4o', 1_000_000, 1_000_000)).toBe(125_000);
  });

  it('keeps precision for huge token counts and refuses costs beyond the safe range', () => {
    const big = parsePrices('{"big": {"inputPerMillion": 9007199254740991, "outputPerMillion": 0}}');
    expect(costOf(big, 'big', 1_000_000, 0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => costOf(big, 'big', 1_000_001, 0)).toThrow(/out of range/);
  });

  it('refuses unknown models', () => {
    expect(() => costOf(table, 'unknown', 1, 1)).toThrow(/no price/);
  });

  it('merges configured prices over the defaults and rejects bad ones naming the variable', () => {
    expect(table.get('gpt-4o')).toEqual({ inputPerMillion: 25_000, outputPerMillion: 100_000 });
    expect(
      loadConfig({ BILLING_PRICES: '{"m": {"inputPerMillion": 2, "outputPerMillion": 2}}' }).prices.get('m'),
    ).toEqual({ inputPerMillion: 2, outputPerMillion: 2 });
    for (const bad of [
      'not json',
      '[]',
      '{"m": {"inputPerMillion": 1.5, "outputPerMillion": 1}}',
      '{"m": {"inputPerMillion": -1, "outputPerMillion": 1}}',
      '{"m": {"inputPerMillion": "1", "outputPerMillion": 1}}',
      '{"m": {"inputPerMillion": 1}}',
      '{"m": {"inputPerMillion": 1, "outputPerMillion": 1, "extra": 1}}',
      '{"bad name": {"inputPerMillion": 1, "outputPerMillion": 1}}',
    ]) {
      expect(() => loadConfig({ BILLING_PRICES: bad }), bad).toThrow(/BILLING_PRICES/);
    }
    expect(() => loadConfig({ BILLING_AUTHOR_GRANT: '-1' })).toThrow(/BILLING_AUTHOR_GRANT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
