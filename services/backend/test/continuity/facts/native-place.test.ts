import { describe, expect, it } from 'vitest';
import { entityValuesAfterFiller } from './helpers.js';

const edward = expect.stringMatching(/edward/);

describe("a place a possessive's person is native to (facts/origin.ts NATIVE_PLACE)", () => {
  it('reads "his native town of Norwich", "her native Devon" as the possessive\'s origin', () => {
    expect(
      entityValuesAfterFiller('Edward Crane went back at last to his native town of Norwich.', 'origin'),
    ).toEqual([[edward, 'Norwich']]);
    expect(
      entityValuesAfterFiller('Mary Benson longed for her native Devon all that winter.', 'origin'),
    ).toEqual([[expect.stringMatching(/mary/), 'Devon']]);
  });

  it('reads nothing from "native" before no named place', () => {
    for (const passage of [
      'Edward Crane went back at last to his native hills.',
      'Edward Crane spoke to the native servants in their own tongue.',
      'Edward Crane had a native wit that served him well in London.',
      'Edward Crane thought of his native land. Norwich was far away.',
    ])
      expect(entityValuesAfterFiller(passage, 'origin'), passage).toEqual([]);
  });
});
