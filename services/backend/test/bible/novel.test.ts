import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { type ExtractedEntity, extract } from '../../src/bible/index.js';

// The shared data sits beside the repository: ../shared/data from the repository root.
const novel = resolve(REPO_ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt');

describe('story-bible extraction on Pride and Prejudice', () => {
  const text = readFileSync(novel, 'utf8');
  const chapters: Array<{ title: string; start: number; end: number }> = [];
  const heading = /^Chapter \d+$/gm;
  for (let match = heading.exec(text); match !== null; match = heading.exec(text)) {
    chapters.push({ title: match[0], start: match.index, end: text.length });
  }
  const result = extract([{ fileId: 'pp', text, chapters }]);
  const find = (name: string): ExtractedEntity => {
    const entity = result.entities.find((e) => e.name === name || e.aliases.includes(name));
    if (entity === undefined) throw new Error(`${name} not found`);
    return entity;
  };

  it('finds the main characters as separate people', () => {
    const names = ['Elizabeth', 'Mr. Darcy', 'Jane', 'Mr. Bingley', 'Wickham', 'Mr. Bennet', 'Mrs. Bennet'];
    const entities = names.map(find);
    for (const entity of entities) {
      expect(entity.type).toBe('character');
      expect(entity.mentions.length).toBeGreaterThan(50);
    }
    expect(new Set(entities.map((e) => e.key)).size).toBe(names.length);
    expect(find('Lizzy').key).toBe(find('Elizabeth').key);
    expect(find('Darcy').key).toBe(find('Mr. Darcy').key);
    expect(find('Miss Darcy').key).not.toBe(find('Mr. Darcy').key);
    expect(find('Miss Bingley').key).not.toBe(find('Mr. Bingley').key);
  });

  it('finds Longbourn, Netherfield and Pemberley as locations', () => {
    for (const name of ['Longbourn', 'Netherfield', 'Pemberley']) {
      const entity = find(name);
      expect(entity.type).toBe('location');
      expect(entity.mentions.length).toBeGreaterThan(20);
      for (const mention of entity.mentions.slice(0, 20)) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
    expect(find('Netherfield Park').key).toBe(find('Netherfield').key);
    expect(find('Lucas Lodge').type).toBe('location');
  });

  it('places mentions in chapters and links the sisters', () => {
    const elizabeth = find('Elizabeth');
    expect(elizabeth.mentions[0]?.chapter).toBe(1);
    expect(elizabeth.mentions.at(-1)?.chapter).toBe(chapters.length);
    const jane = find('Jane');
    const together = result.relations.find(
      (r) =>
        r.type === 'co_occurs' &&
        [r.sourceKey, r.targetKey].includes(elizabeth.key) &&
        [r.sourceKey, r.targetKey].includes(jane.key),
    );
    expect(together?.weight).toBeGreaterThan(50);
  });
});
