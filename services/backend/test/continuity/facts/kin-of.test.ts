import { describe, expect, it } from 'vitest';
import { namedRelations } from './helpers.js';

const PEOPLE = [
  'Mary Benson came into the village on market day, and she bought a basket of apples.',
  'Thomas Hale came into the village on market day, and he bought a basket of apples.',
  'George Crane came into the village on market day, and he bought a basket of apples.',
  'Ellen Crane came into the village on market day, and she bought a basket of apples.',
].join(' ');

/** The father told of by the subject, then the scene: the man whose daughter is met. */
const RUIN = 'The father of Mary Benson had been the cause of their ruin. He was a merchant of the town.';

describe('"the <kin> of <Name>" as the subject of a sentence', () => {
  it('is the person a copula names right after it', () => {
    expect(
      namedRelations(`${PEOPLE}\n\nThe grandmother of Mary Benson was Ellen Crane; she kept the inn.`),
    ).toEqual([
      [
        'Mary Benson',
        'grandmother',
        'grandmother',
        'Ellen Crane',
        'The grandmother of Mary Benson was Ellen Crane',
      ],
    ]);
  });

  it('gives no one a relation to themselves when an apposition names the subject (the anchors take it for the name before)', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\nThe father of Mary Benson, Thomas Hale, had been the cause of their ruin.`,
      ),
    ).toEqual([]);
  });

  it('is the one person the scene then calls by the other side of the kin ("his daughter")', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\n${RUIN}\n\nThomas Hale quickly perceived the impression that his daughter had made on the heart of George Crane.`,
      ),
    ).toEqual([['Mary Benson', 'parent', 'father', 'Thomas Hale', 'The father of Mary Benson']]);
  });

  it('is no one when the scene has two such people, one with another name, or one of the other sex', () => {
    const scene = (after: string) =>
      namedRelations(`${PEOPLE}\n\n${RUIN}\n\n${after}`).filter(([name]) => name === 'Mary Benson');
    expect(
      scene(
        'Thomas Hale perceived the impression that his daughter had made. George Crane thought of his daughter at home.',
      ),
    ).toEqual([]);
    expect(scene('Thomas Hale perceived the impression that his daughter Ellen Crane had made.')).toEqual([]);
    expect(scene('Thomas Hale perceived the impression that his son had made.')).toEqual([]);
  });

  it('is not read in a list, before a clause of its own, or of a possessive', () => {
    const after = '\n\nThomas Hale perceived the impression that his daughter had made.';
    expect(
      namedRelations(`${PEOPLE}\n\nThe father of Mary Benson and his wife were ruined.${after}`),
    ).toEqual([]);
    expect(
      namedRelations(`${PEOPLE}\n\nThe father of Mary Benson who had been ruined left.${after}`),
    ).toEqual([]);
    expect(namedRelations(`${PEOPLE}\n\nThe son of George Crane's sister had been ruined.${after}`)).toEqual(
      [],
    );
  });
});

describe('"<Name>--the <kin> of <Name>"', () => {
  it('reads the kin of a dash apposition as of a comma', () => {
    expect(
      namedRelations(`${PEOPLE}\n\nHis name is Thomas Hale--the second son of George Crane, of the mill.`),
    ).toEqual([
      ['George Crane', 'child', 'son', 'Thomas Hale', 'Thomas Hale--the second son of George Crane'],
    ]);
  });

  it('reads no kin from a dash before another noun', () => {
    expect(
      namedRelations(`${PEOPLE}\n\nHis name is Thomas Hale--the friend of George Crane, of the mill.`),
    ).toEqual([]);
  });
});
