import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe("a family's count under its plural name (the twenty-sixth session)", () => {
  it('holds a count of sons, daughters or children under the family, however its name is put', () => {
    expect(
      summaries('The Cranes had six children, all born at the mill.', 'The Crane family had four children.'),
    ).toEqual(['The children of the Crane family are 6 in Chapter 1 but 4 in Chapter 2.']);
    expect(
      summaries('The two Miss Laceys kept the school by the church.', 'The Laceys had three daughters.'),
    ).toEqual(['The daughters of the Lacey family are 2 in Chapter 1 but 3 in Chapter 2.']);
    expect(
      summaries(
        'Thomas Hale was one of seven brothers, and the only one still at home.',
        "The Hales' six sons were all at the harvest.",
      ),
    ).toEqual(['The sons of the Hale family are 7 in Chapter 1 but 6 in Chapter 2.']);
    expect(
      summaries(
        'The Benson girls, all four of them, sang in the choir.',
        'The five Benson girls sang at the fair.',
      ),
    ).toEqual(['The daughters of the Benson family are 4 in Chapter 1 but 5 in Chapter 2.']);
  });

  it('keeps sons, daughters and children apart, and one family apart from another', () => {
    expect(summaries('The Cranes had two sons.', 'The Cranes had five children.')).toEqual([]);
    expect(summaries('The Cranes had two sons.', 'The Laceys had five sons.')).toEqual([]);
    // a plural whose singular the text never uses alone is no family ("The Romans")
    expect(summaries('The Romans had three sons.', 'The Romans had four sons.')).toEqual([]);
  });

  it('lets a birth or a death told between two counts of the family explain the change', () => {
    expect(
      summaries(
        'The Laceys had two sons.',
        'In March Mrs. Lacey gave birth to a third boy.',
        'The Laceys had three sons now.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        'The Cranes had four daughters.',
        'The eldest Crane girl died of the fever.',
        'The Cranes had three daughters.',
      ),
    ).toEqual([]);
    // a birth in another family explains nothing, and a count after the change is held to the new one
    expect(
      summaries('The Laceys had two sons.', 'Mrs. Benson gave birth to a boy.', 'The Laceys had three sons.'),
    ).toEqual(['The sons of the Lacey family are 2 in Chapter 1 but 3 in Chapter 3.']);
    expect(
      summaries(
        'The Laceys had two sons.',
        'In March Mrs. Lacey gave birth to a third boy.',
        'The Laceys had three sons now.',
        'The Laceys had four sons.',
      ),
    ).toEqual(['The sons of the Lacey family are 3 in Chapter 3 but 4 in Chapter 4.']);
  });
});
