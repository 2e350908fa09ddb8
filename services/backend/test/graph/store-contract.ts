/**
 * The contract every GraphStore implementation passes (SQLite, PostgreSQL, Neo4j). Each test works
 * in its own project, so one store serves the whole suite.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/extract.js';
import {
  type EntityType,
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
  RELATION_TYPES,
  type RelationType,
  type SourceText,
} from '../../src/bible/types.js';
import type { Fact, FactKind, SpellingCount } from '../../src/continuity/types.js';
import { type EntityDetail, GraphInputError, type GraphStore } from '../../src/graph/store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const newProject = () => `p-${randomBytes(6).toString('hex')}`;

/** An entity whose mentions are [chapter, start] pairs; end = start + name length. */
export function ent(
  key: string,
  name: string,
  type: EntityType,
  mentions: Array<[number | null, number]>,
  aliases: string[] = [],
  fileId = 'f1',
): ExtractedEntity {
  return {
    key,
    name,
    type,
    aliases,
    mentions: mentions.map(([chapter, start]) => ({
      fileId,
      chapter,
      start,
      end: start + name.length,
      text: name,
    })),
  };
}

export function rel(
  sourceKey: string,
  targetKey: string,
  type: RelationType,
  weight: number,
  evidence: Array<[number, number]> = [],
  label?: string,
  fileId = 'f1',
): ExtractedRelation {
  return {
    sourceKey,
    targetKey,
    type,
    weight,
    ...(label === undefined ? {} : { label }),
    evidence: evidence.map(([start, end]) => ({ fileId, start, end })),
  };
}

/** A continuity fact of file f1 (or `fileId`) about an entity key. */
export function fact(
  entityKey: string | null,
  kind: Fact['kind'],
  value: string,
  chapter: number | null,
  start: number,
  extra: Partial<Fact> = {},
): Fact {
  const quote = extra.quote ?? `${entityKey} ${value}`;
  return {
    fileId: 'f1',
    chapter,
    start,
    end: start + quote.length,
    quote,
    entityKey,
    kind,
    value,
    detail: null,
    objectKey: null,
    low: null,
    high: null,
    voice: 'narration',
    speakerKey: null,
    hedged: false,
    change: false,
    confidence: 1,
    ...extra,
  };
}

const spelling = (form: string, count: number, fileId = 'f1'): SpellingCount => ({
  form,
  count,
  inside: count,
  passages: [{ fileId, chapter: 1, start: 5, end: 5 + form.length, quote: form }],
});

/** Chapter one of a small novel. */
const fileOne = (): Extraction => ({
  entities: [
    ent(
      'elizabeth bennet',
      'Elizabeth Bennet',
      'character',
      [
        [0, 10],
        [0, 120],
        [1, 400],
      ],
      ['Lizzy', 'Eliza'],
    ),
    ent(
      'mr darcy',
      'Mr. Darcy',
      'character',
      [
        [0, 50],
        [1, 420],
      ],
      ['Darcy'],
    ),
    ent('jane bennet', 'Jane Bennet', 'character', [[1, 300]]),
    ent('netherfield', 'Netherfield', 'location', [
      [0, 200],
      [0, 220],
    ]),
  ],
  relations: [
    rel('elizabeth bennet', 'mr darcy', 'co_occurs', 2, [
      [0, 100],
      [400, 500],
    ]),
    rel('jane bennet', 'elizabeth bennet', 'sibling', 1, [[300, 330]], 'sister'),
    rel('mr darcy', 'netherfield', 'located_in', 1, [[40, 230]]),
  ],
});

export function graphStoreContract(
  label: string,
  open: () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>,
) {
  describe(`graph store contract: ${label}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.init();
      await store.init(); // idempotent
      await store.ping();
    });

    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    async function byName(projectId: string, name: string): Promise<EntityDetail> {
      const list = await store.listEntities(projectId);
      const found = list.find((e) => e.name === name);
      if (!found) throw new Error(`no entity named ${name}: ${list.map((e) => e.name).join(', ')}`);
      const detail = await store.getEntity(projectId, found.id);
      if (!detail) throw new Error(`entity ${found.id} vanished`);
      return detail;
    }

    it('stores a file extraction: entities with aliases, counts, first appearance and mentions', async () => {
      const p = newProject();
      const result = await store.replaceFileExtraction(p, 'f1', fileOne());
      expect(result).toEqual({ entities: 4, mentions: 8, relations: 3, skippedDeleted: 0 });
      const list = await store.listEntities(p);
      expect(list.map((e) => [e.name, e.mentionCount])).toEqual([
        ['Elizabeth Bennet', 3],
        ['Mr. Darcy', 2],
        ['Netherfield', 2],
        ['Jane Bennet', 1],
      ]);
      for (const e of list) expect(e.id).toMatch(UUID);
      const liz = list[0];
      expect(liz?.aliases.sort()).toEqual(['Eliza', 'Lizzy']);
      expect(liz?.type).toBe('character');
      expect(liz?.firstAppearance).toEqual({ fileId: 'f1', chapter: 0, offset: 10 });
      const detail = await byName(p, 'Elizabeth Bennet');
      expect(detail.key).toBe('elizabeth bennet');
      expect(detail.sheet).toBe('');
      expect(detail.mentions).toEqual([
        { fileId: 'f1', chapter: 0, start: 10, end: 26, text: 'Elizabeth Bennet' },
        { fileId: 'f1', chapter: 0, start: 120, end: 136, text: 'Elizabeth Bennet' },
        { fileId: 'f1', chapter: 1, start: 400, end: 416, text: 'Elizabeth Bennet' },
      ]);
    });

    it('gives an entity its relations with evidence, labels and direction; a label says what the other is to it', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const liz = await byName(p, 'Elizabeth Bennet');
      const darcy = await byName(p, 'Mr. Darcy');
      const jane = await byName(p, 'Jane Bennet');
      expect(liz.relations).toEqual([
        {
          type: 'co_occurs',
          direction: 'both',
          other: { id: darcy.id, name: 'Mr. Darcy', type: 'character' },
          labels: [],
          weight: 2,
          evidence: [
            { fileId: 'f1', start: 0, end: 100 },
            { fileId: 'f1', start: 400, end: 500 },
          ],
        },
        {
          type: 'sibling',
          direction: 'both',
          other: { id: jane.id, name: 'Jane Bennet', type: 'character' },
          // The stored "sister" says what Elizabeth is to Jane; Jane is Elizabeth's sibling.
          labels: ['sibling'],
          weight: 1,
          evidence: [{ fileId: 'f1', start: 300, end: 330 }],
        },
      ]);
      const place = darcy.relations.find((r) => r.type === 'located_in');
      expect(place?.direction).toBe('out');
      expect(place?.other.name).toBe('Netherfield');
      const netherfield = await byName(p, 'Netherfield');
      expect(netherfield.relations.map((r) => [r.type, r.direction, r.other.id, r.labels])).toEqual([
        ['located_in', 'in', darcy.id, ['seen here']],
      ]);
      expect(jane.relations.find((r) => r.type === 'sibling')?.labels).toEqual(['sister']);
    });

    it('matches entities by key across files and sums their mentions', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const before = await byName(p, 'Mr. Darcy');
      await store.replaceFileExtraction(p, 'f2', {
        entities: [
          ent(
            'mr darcy',
            'Mr. Darcy',
            'character',
            [
              [0, 5],
              [0, 60],
              [2, 900],
            ],
            ['Fitzwilliam Darcy'],
            'f2',
          ),
          ent('elizabeth bennet', 'Elizabeth Bennet', 'character', [[0, 30]], ['Miss Bennet'], 'f2'),
        ],
        relations: [rel('mr darcy', 'elizabeth bennet', 'co_occurs', 3, [[0, 60]], undefined, 'f2')],
      });
      const list = await store.listEntities(p);
      expect(list).toHaveLength(4);
      const darcy = await byName(p, 'Mr. Darcy');
      expect(darcy.id).toBe(before.id);
      expect(darcy.mentionCount).toBe(5);
      expect(darcy.aliases.sort()).toEqual(['Darcy', 'Fitzwilliam Darcy']);
      // f1 was ingested first: the first appearance stays in f1 although f2 has a smaller offset.
      expect(darcy.firstAppearance).toEqual({ fileId: 'f1', chapter: 0, offset: 50 });
      const co = darcy.relations.find((r) => r.type === 'co_occurs');
      expect(co?.weight).toBe(5);
      expect(co?.evidence).toHaveLength(3);
    });

    it('re-ingesting an edited file replaces its contribution: no stale or duplicated mentions', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileExtraction(p, 'f2', {
        entities: [ent('jane bennet', 'Jane Bennet', 'character', [[0, 1]], [], 'f2')],
        relations: [],
      });
      const lizBefore = await byName(p, 'Elizabeth Bennet');
      const janeBefore = await byName(p, 'Jane Bennet');
      const edited: Extraction = {
        entities: [
          ent(
            'elizabeth bennet',
            'Elizabeth Bennet',
            'character',
            [
              [0, 15],
              [2, 800],
            ],
            ['Lizzy'],
          ),
          ent('charlotte lucas', 'Charlotte Lucas', 'character', [[0, 90]]),
        ],
        relations: [rel('elizabeth bennet', 'charlotte lucas', 'friend', 1, [[15, 105]])],
      };
      await store.replaceFileExtraction(p, 'f1', edited);
      await store.replaceFileExtraction(p, 'f1', edited); // the same file twice: still no duplicates
      const list = await store.listEntities(p, { sort: 'name' });
      expect(list.map((e) => [e.name, e.mentionCount])).toEqual([
        ['Charlotte Lucas', 1],
        ['Elizabeth Bennet', 2],
        ['Jane Bennet', 1],
      ]);
      const liz = await byName(p, 'Elizabeth Bennet');
      expect(liz.id).toBe(lizBefore.id);
      expect(liz.aliases).toEqual(['Lizzy']);
      expect(liz.mentions.map((m) => m.start)).toEqual([15, 800]);
      expect(liz.relations.map((r) => [r.type, r.other.name, r.weight])).toEqual([
        ['friend', 'Charlotte Lucas', 1],
      ]);
      // Jane is still seen in f2: same entity, f1's mention and sibling relation are gone.
      const jane = await byName(p, 'Jane Bennet');
      expect(jane.id).toBe(janeBefore.id);
      expect(jane.mentions).toEqual([{ fileId: 'f2', chapter: 0, start: 1, end: 12, text: 'Jane Bennet' }]);
      expect(jane.relations).toEqual([]);
      const graph = await store.graph(p);
      expect(graph.nodes.map((n) => n.name).sort()).toEqual([
        'Charlotte Lucas',
        'Elizabeth Bennet',
        'Jane Bennet',
      ]);
      expect(graph.edges).toHaveLength(1);
      expect(await store.getEntity(p, (await byName(p, 'Charlotte Lucas')).id)).not.toBeNull();
    });

    it('two files ingested at once that share keys still make one entity per key', async () => {
      const p = newProject();
      const files = ['f1', 'f2', 'f3', 'f4'];
      await Promise.all(
        files.map((fileId, i) =>
          store.replaceFileExtraction(p, fileId, {
            entities: [
              ent('mr darcy', 'Mr. Darcy', 'character', [[0, i]], [`Darcy ${i}`], fileId),
              ent('pemberley', 'Pemberley', 'location', [[0, 100 + i]], [], fileId),
            ],
            relations: [rel('mr darcy', 'pemberley', 'located_in', 1, [[i, 100 + i]], undefined, fileId)],
          }),
        ),
      );
      const list = await store.listEntities(p);
      expect(list.map((e) => [e.name, e.mentionCount])).toEqual([
        ['Mr. Darcy', 4],
        ['Pemberley', 4],
      ]);
      expect(list[0]?.aliases.sort()).toEqual(['Darcy 0', 'Darcy 1', 'Darcy 2', 'Darcy 3']);
      const graph = await store.graph(p);
      expect(graph.edges.map((e) => [e.type, e.weight])).toEqual([['located_in', 4]]);
    });

    it('the same file re-ingested several times at once ends with one copy of its mentions', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await Promise.all([1, 2, 3, 4].map(() => store.replaceFileExtraction(p, 'f1', fileOne())));
      expect((await store.listEntities(p)).map((e) => e.mentionCount)).toEqual([3, 2, 2, 1]);
      expect((await store.graph(p)).edges.map((e) => e.weight)).toEqual([2, 1, 1]);
      const liz = await byName(p, 'Elizabeth Bennet');
      expect(liz.mentions).toHaveLength(3);
      expect(liz.relations.map((r) => r.evidence.length)).toEqual([2, 1]);
    });

    it('keeps an entity id when it disappears from every file and comes back', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const darcy = await byName(p, 'Mr. Darcy');
      await store.replaceFileExtraction(p, 'f1', { entities: [], relations: [] });
      expect(await store.listEntities(p)).toEqual([]);
      expect(await store.getEntity(p, darcy.id)).toBeNull();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      expect((await byName(p, 'Mr. Darcy')).id).toBe(darcy.id);
    });

    it('lists with a type filter, three sort orders and paging', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const places = await store.listEntities(p, { type: 'location' });
      expect(places.map((e) => e.name)).toEqual(['Netherfield']);
      expect((await store.listEntities(p, { sort: 'name' })).map((e) => e.name)).toEqual([
        'Elizabeth Bennet',
        'Jane Bennet',
        'Mr. Darcy',
        'Netherfield',
      ]);
      expect((await store.listEntities(p, { sort: 'firstAppearance' })).map((e) => e.name)).toEqual([
        'Elizabeth Bennet',
        'Mr. Darcy',
        'Netherfield',
        'Jane Bennet',
      ]);
      expect((await store.listEntities(p, { limit: 2, offset: 1 })).map((e) => e.name)).toEqual([
        'Mr. Darcy',
        'Netherfield',
      ]);
      await expect(store.listEntities(p, { type: 'wizard' as EntityType })).rejects.toBeInstanceOf(
        GraphInputError,
      );
    });

    it('patches name, type, sheet and aliases, and re-ingestion keeps the edits', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const liz = await byName(p, 'Elizabeth Bennet');
      const patched = await store.patchEntity(p, liz.id, {
        name: 'Lizzy Bennet',
        sheet: '# Elizabeth\n\nThe second daughter.',
        addAliases: ['Miss Eliza'],
        removeAliases: ['Eliza'],
      });
      expect(patched?.name).toBe('Lizzy Bennet');
      expect(patched?.aliases.sort()).toEqual(['Elizabeth Bennet', 'Lizzy', 'Miss Eliza']);
      expect(patched?.sheet).toBe('# Elizabeth\n\nThe second daughter.');
      expect(patched?.sheetEdited).toBe(true);
      expect(patched?.mentionCount).toBe(3);
      const retyped = await store.patchEntity(p, liz.id, { type: 'term' });
      expect(retyped?.type).toBe('term');
      expect(retyped?.name).toBe('Lizzy Bennet');
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const after = await store.getEntity(p, liz.id);
      expect(after?.name).toBe('Lizzy Bennet');
      expect(after?.type).toBe('term');
      expect(after?.aliases.sort()).toEqual(['Elizabeth Bennet', 'Lizzy', 'Miss Eliza']);
      expect(after?.sheet).toBe('# Elizabeth\n\nThe second daughter.');
      expect(after?.mentionCount).toBe(3);
      // An edited entity outlives the files it came from.
      await store.deleteFile(p, 'f1');
      const orphan = await store.getEntity(p, liz.id);
      expect(orphan?.mentionCount).toBe(0);
      expect(orphan?.firstAppearance).toBeNull();
      expect((await store.listEntities(p)).map((e) => e.name)).toEqual(['Lizzy Bennet']);
    });

    it('writes generated sheets only until the author edits the sheet', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const jane = await byName(p, 'Jane Bennet');
      expect(await store.writeGeneratedSheet(p, jane.id, '## Description\n\nThe eldest.')).toBe(true);
      expect((await store.getEntity(p, jane.id))?.sheet).toBe('## Description\n\nThe eldest.');
      await store.patchEntity(p, jane.id, { sheet: 'Mine.' });
      expect(await store.writeGeneratedSheet(p, jane.id, 'generated again')).toBe(false);
      expect((await store.getEntity(p, jane.id))?.sheet).toBe('Mine.');
      expect(await store.writeGeneratedSheet(p, '00000000-0000-4000-8000-000000000000', 'x')).toBe(false);
    });

    it('answers null or false for unknown entities and rejects malformed ids', async () => {
      const p = newProject();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await store.getEntity(p, missing)).toBeNull();
      expect(await store.patchEntity(p, missing, { name: 'x' })).toBeNull();
      expect(await store.deleteEntity(p, missing)).toBe(false);
      await expect(store.getEntity(p, 'not-a-uuid')).rejects.toBeInstanceOf(GraphInputError);
      await expect(store.listEntities('../etc')).rejects.toBeInstanceOf(GraphInputError);
      await expect(store.replaceFileExtraction(p, 'a/b', fileOne())).rejects.toBeInstanceOf(GraphInputError);
      await expect(store.patchEntity(p, missing, { name: '   ' })).rejects.toBeInstanceOf(GraphInputError);
    });

    it('merges two entities: mentions, relations, keys and aliases move to the survivor', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', {
        entities: [
          ...fileOne().entities,
          ent(
            'lizzy',
            'Lizzy',
            'character',
            [
              [0, 600],
              [1, 700],
            ],
            ['Miss Lizzy'],
          ),
          ent('charlotte lucas', 'Charlotte Lucas', 'character', [[0, 640]]),
        ],
        relations: [
          ...fileOne().relations,
          rel('lizzy', 'charlotte lucas', 'friend', 2, [[600, 660]]),
          rel('lizzy', 'mr darcy', 'co_occurs', 1, [[680, 720]]),
          rel('lizzy', 'elizabeth bennet', 'co_occurs', 4, [[600, 700]]),
        ],
      });
      const liz = await byName(p, 'Elizabeth Bennet');
      const lizzy = await byName(p, 'Lizzy');
      const merged = await store.mergeEntities(p, liz.id, lizzy.id);
      expect(merged?.id).toBe(liz.id);
      expect(merged?.mentionCount).toBe(5);
      expect(merged?.aliases.sort()).toEqual(['Eliza', 'Lizzy', 'Miss Lizzy']);
      expect(merged?.relations.map((r) => [r.type, r.other.name, r.weight])).toEqual([
        ['co_occurs', 'Mr. Darcy', 3],
        ['friend', 'Charlotte Lucas', 2],
        ['sibling', 'Jane Bennet', 1],
      ]);
      expect(await store.getEntity(p, lizzy.id)).toBeNull();
      expect((await store.listEntities(p)).map((e) => e.name)).not.toContain('Lizzy');
      // Re-ingesting the same file sends the merged key to the survivor: no resurrection.
      await store.replaceFileExtraction(p, 'f1', {
        entities: [ent('lizzy', 'Lizzy', 'character', [[0, 600]])],
        relations: [],
      });
      const list = await store.listEntities(p);
      expect(list.map((e) => [e.id, e.name, e.mentionCount])).toEqual([[liz.id, 'Elizabeth Bennet', 1]]);
      await expect(store.mergeEntities(p, liz.id, liz.id)).rejects.toBeInstanceOf(GraphInputError);
      expect(await store.mergeEntities(p, liz.id, lizzy.id)).toBeNull();
    });

    it('deletes an entity and keeps it deleted when the file is ingested again', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const darcy = await byName(p, 'Mr. Darcy');
      expect(await store.deleteEntity(p, darcy.id)).toBe(true);
      expect(await store.getEntity(p, darcy.id)).toBeNull();
      const liz = await byName(p, 'Elizabeth Bennet');
      expect(liz.relations.map((r) => r.other.name)).toEqual(['Jane Bennet']);
      const result = await store.replaceFileExtraction(p, 'f1', fileOne());
      expect(result.skippedDeleted).toBe(1);
      expect(result.relations).toBe(1);
      expect((await store.listEntities(p)).map((e) => e.name)).not.toContain('Mr. Darcy');
      const other = await store.replaceFileExtraction(p, 'f9', {
        entities: [ent('mr darcy', 'Mr. Darcy', 'character', [[0, 1]], [], 'f9')],
        relations: [],
      });
      expect(other).toEqual({ entities: 0, mentions: 0, relations: 0, skippedDeleted: 1 });
      expect((await store.graph(p)).nodes.map((n) => n.name)).not.toContain('Mr. Darcy');
    });

    it('indexes every key of the project by the entity that has it now: merges move keys, deletions drop them', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', {
        entities: [...fileOne().entities, ent('lizzy', 'Lizzy', 'character', [[0, 600]])],
        relations: [],
      });
      const liz = await byName(p, 'Elizabeth Bennet');
      const lizzy = await byName(p, 'Lizzy');
      const darcy = await byName(p, 'Mr. Darcy');
      const before = await store.entityKeys(p);
      expect(before.get('lizzy')).toEqual({ id: lizzy.id, name: 'Lizzy', type: 'character' });
      expect(before.get('mr darcy')?.id).toBe(darcy.id);
      await store.mergeEntities(p, liz.id, lizzy.id);
      await store.deleteEntity(p, darcy.id);
      const after = await store.entityKeys(p);
      expect(after.get('lizzy')).toEqual({ id: liz.id, name: 'Elizabeth Bennet', type: 'character' });
      expect(after.get('elizabeth bennet')?.id).toBe(liz.id);
      expect(after.has('mr darcy')).toBe(false);
      expect((await store.entityKeys(newProject())).size).toBe(0);
    });

    it('builds the graph with weights summed across files, filtered by type, weight and size', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileExtraction(p, 'f2', {
        entities: [
          ent('mr darcy', 'Mr. Darcy', 'character', [[0, 1]], [], 'f2'),
          ent('elizabeth bennet', 'Elizabeth Bennet', 'character', [[0, 40]], [], 'f2'),
        ],
        // The opposite direction of f1's co-occurrence: one undirected edge.
        relations: [rel('mr darcy', 'elizabeth bennet', 'co_occurs', 4, [[0, 50]], undefined, 'f2')],
      });
      const liz = await byName(p, 'Elizabeth Bennet');
      const darcy = await byName(p, 'Mr. Darcy');
      const graph = await store.graph(p);
      expect(graph.nodes).toHaveLength(4);
      expect(graph.nodes[0]).toEqual({
        id: liz.id,
        name: 'Elizabeth Bennet',
        type: 'character',
        mentionCount: 4,
      });
      expect(graph.edges).toHaveLength(3);
      const co = graph.edges[0];
      expect(co?.type).toBe('co_occurs');
      expect(co?.weight).toBe(6);
      expect(co?.directed).toBe(false);
      expect([co?.source, co?.target].sort()).toEqual([liz.id, darcy.id].sort());
      const located = graph.edges.find((e) => e.type === 'located_in');
      expect(located).toMatchObject({ source: darcy.id, directed: true, weight: 1 });
      expect((await store.graph(p, { types: ['sibling'] })).edges.map((e) => e.labels)).toEqual([['sister']]);
      expect((await store.graph(p, { minWeight: 2 })).edges).toHaveLength(1);
      const small = await store.graph(p, { limit: 2 });
      expect(small.nodes.map((n) => n.name)).toEqual(['Elizabeth Bennet', 'Mr. Darcy']);
      expect(small.edges.map((e) => e.type)).toEqual(['co_occurs']);
      const important = await store.graph(p, { minMentions: 4 });
      expect(important.nodes.map((n) => n.name)).toEqual(['Elizabeth Bennet']);
      expect(important.edges).toEqual([]);
      await expect(store.graph(p, { minMentions: -1 })).rejects.toBeInstanceOf(GraphInputError);
      await expect(store.graph(p, { types: ['KNOWS' as RelationType] })).rejects.toBeInstanceOf(
        GraphInputError,
      );
    });

    it('accepts every relation type of the fixed list, directed or not', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', {
        entities: [ent('a', 'Anne', 'character', [[0, 1]]), ent('b', 'Bath', 'location', [[0, 9]])],
        relations: RELATION_TYPES.map((type, i) => rel('a', 'b', type, i + 1, [[i, i + 5]], `${type} label`)),
      });
      const graph = await store.graph(p);
      expect(graph.edges.map((e) => e.type).sort()).toEqual([...RELATION_TYPES].sort());
      const undirected = ['co_occurs', 'family', 'sibling', 'spouse', 'friend'];
      for (const edge of graph.edges) {
        expect(edge.directed).toBe(!undirected.includes(edge.type));
        expect(edge.labels).toEqual([`${edge.type} label`]);
        expect(edge.weight).toBe(RELATION_TYPES.indexOf(edge.type) + 1);
      }
    });

    it('counts appearances per chapter for a chart', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileExtraction(p, 'f2', {
        entities: [
          ent(
            'elizabeth bennet',
            'Elizabeth Bennet',
            'character',
            [
              [null, 5],
              [null, 9],
            ],
            [],
            'f2',
          ),
        ],
        relations: [],
      });
      const liz = await byName(p, 'Elizabeth Bennet');
      const rows = await store.appearances(p, { entityIds: [liz.id] });
      expect(rows).toEqual([
        {
          entityId: liz.id,
          name: 'Elizabeth Bennet',
          type: 'character',
          total: 5,
          chapters: [
            { fileId: 'f1', chapter: 0, count: 2 },
            { fileId: 'f1', chapter: 1, count: 1 },
            { fileId: 'f2', chapter: null, count: 2 },
          ],
        },
      ]);
      const top = await store.appearances(p, { limit: 2 });
      expect(top.map((r) => [r.name, r.total])).toEqual([
        ['Elizabeth Bennet', 5],
        ['Mr. Darcy', 2],
      ]);
      expect((await store.appearances(p, { type: 'location' })).map((r) => r.chapters)).toEqual([
        [{ fileId: 'f1', chapter: 0, count: 2 }],
      ]);
    });

    it("deletes a file's contributions and nothing else", async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileExtraction(p, 'f2', {
        entities: [
          ent('mr darcy', 'Mr. Darcy', 'character', [[0, 1]], ['Fitzwilliam'], 'f2'),
          ent('pemberley', 'Pemberley', 'location', [[0, 30]], [], 'f2'),
        ],
        relations: [rel('mr darcy', 'pemberley', 'located_in', 1, [[0, 40]], undefined, 'f2')],
      });
      const darcy = await byName(p, 'Mr. Darcy');
      await store.deleteFile(p, 'f1');
      const list = await store.listEntities(p);
      expect(list.map((e) => [e.name, e.mentionCount])).toEqual([
        ['Mr. Darcy', 1],
        ['Pemberley', 1],
      ]);
      const after = await store.getEntity(p, darcy.id);
      expect(after?.aliases).toEqual(['Fitzwilliam']);
      expect(after?.firstAppearance).toEqual({ fileId: 'f2', chapter: 0, offset: 1 });
      expect(after?.relations.map((r) => r.other.name)).toEqual(['Pemberley']);
      await store.deleteFile(p, 'f2');
      expect(await store.listEntities(p)).toEqual([]);
      expect(await store.graph(p)).toEqual({ nodes: [], edges: [] });
    });

    it('keeps projects apart and deletes a project with its tombstones', async () => {
      const a = newProject();
      const b = newProject();
      await store.replaceFileExtraction(a, 'f1', fileOne());
      await store.replaceFileExtraction(b, 'f1', fileOne());
      const darcyA = await byName(a, 'Mr. Darcy');
      const darcyB = await byName(b, 'Mr. Darcy');
      expect(darcyA.id).not.toBe(darcyB.id);
      expect(await store.getEntity(b, darcyA.id)).toBeNull();
      expect(await store.patchEntity(b, darcyA.id, { name: 'x' })).toBeNull();
      expect(await store.deleteEntity(b, darcyA.id)).toBe(false);
      expect(await store.mergeEntities(b, darcyB.id, darcyA.id)).toBeNull();
      await store.deleteEntity(a, darcyA.id);
      await store.deleteProject(a);
      expect(await store.listEntities(a)).toEqual([]);
      expect((await store.listEntities(b)).map((e) => e.name)).toContain('Mr. Darcy');
      expect((await byName(b, 'Mr. Darcy')).relations).toHaveLength(2);
      // The tombstone went with the project: a new ingestion starts afresh.
      await store.replaceFileExtraction(a, 'f1', fileOne());
      expect((await store.listEntities(a)).map((e) => e.name)).toContain('Mr. Darcy');
    });

    it('rejects a bad extraction as a whole and leaves the stored one as it was', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const bad = fileOne();
      bad.relations.push(rel('mr darcy', 'jane bennet', 'loves' as RelationType, 1));
      await expect(store.replaceFileExtraction(p, 'f1', bad)).rejects.toBeInstanceOf(GraphInputError);
      const badType = fileOne();
      badType.entities.push(ent('x', 'X', 'dragon' as EntityType, [[0, 1]]));
      await expect(store.replaceFileExtraction(p, 'f1', badType)).rejects.toThrow(/type/);
      const badRange = fileOne();
      badRange.entities.push({
        ...ent('y', 'Y', 'term', []),
        mentions: [{ fileId: 'f1', chapter: 0, start: 9, end: 3, text: 'Y' }],
      });
      await expect(store.replaceFileExtraction(p, 'f1', badRange)).rejects.toBeInstanceOf(GraphInputError);
      expect((await store.listEntities(p)).map((e) => e.mentionCount)).toEqual([3, 2, 2, 1]);
    });

    it('keeps what the offline extractor found in a real text', async () => {
      const p = newProject();
      const chapterOne =
        'Chapter 1\n\nElizabeth Bennet walked to Netherfield with her sister Jane. "It is a fine morning," said Elizabeth.\n\n' +
        'Mr. Darcy was already at Netherfield. Darcy did not look up when Elizabeth came in.\n\n';
      const chapterTwo =
        'Chapter 2\n\nJane Bennet wrote to Elizabeth from London. Mr. Darcy called at Longbourn the next day, ' +
        'and Elizabeth received him.\n\nCharlotte Lucas thought Mr. Darcy proud.\n';
      const text = chapterOne + chapterTwo;
      const source: SourceText = {
        fileId: 'novel',
        text,
        chapters: [
          { title: 'Chapter 1', start: 0, end: chapterOne.length },
          { title: 'Chapter 2', start: chapterOne.length, end: text.length },
        ],
      };
      const extraction = extract([source]);
      expect(extraction.entities.length).toBeGreaterThan(2);
      const result = await store.replaceFileExtraction(p, 'novel', extraction);
      expect(result.entities).toBe(extraction.entities.length);
      const list = await store.listEntities(p);
      expect(list).toHaveLength(extraction.entities.length);
      for (const entity of extraction.entities) {
        const stored = list.find((e) => e.name === entity.name);
        expect(stored?.type).toBe(entity.type);
        expect(stored?.mentionCount).toBe(entity.mentions.length);
        const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
        expect(stored?.firstAppearance).toEqual(
          first ? { fileId: 'novel', chapter: first.chapter, offset: first.start } : null,
        );
        for (const mention of entity.mentions)
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    });

    it('stores continuity facts with their entities resolved, in reading order, as of a chapter', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      const facts = [
        fact('mr darcy', 'height', 'tall', 2, 420),
        fact('elizabeth bennet', 'eyes', 'dark', 1, 10, {
          detail: 'dark',
          voice: 'speech',
          speakerKey: 'mr darcy',
        }),
        fact('jane bennet', 'relation', 'sibling', 2, 300, {
          objectKey: 'elizabeth bennet',
          detail: 'sister',
        }),
        fact('elizabeth bennet', 'age', '20', null, 600, {
          low: 20,
          high: 20.99,
          hedged: true,
          change: true,
        }),
        fact(null, 'count', '3', 1, 700, { detail: 'gardeners of the scene' }),
        fact('nobody', 'hair', 'red', 1, 800),
      ];
      expect(await store.replaceFileFacts(p, 'f1', facts, [spelling('Darcy', 12)])).toBe(6);
      const elizabeth = await byName(p, 'Elizabeth Bennet');
      const darcy = await byName(p, 'Mr. Darcy');
      const all = await store.listFacts(p);
      // The fact about a key no entity has is left out; the others keep every field.
      expect(all.map((f) => [f.kind, f.start])).toEqual([
        ['eyes', 10],
        ['relation', 300],
        ['height', 420],
        ['age', 600],
        ['count', 700],
      ]);
      expect(all[0]).toEqual({
        fileId: 'f1',
        chapter: 1,
        start: 10,
        end: 10 + 'elizabeth bennet dark'.length,
        quote: 'elizabeth bennet dark',
        entityId: elizabeth.id,
        objectId: null,
        speakerId: darcy.id,
        kind: 'eyes',
        value: 'dark',
        detail: 'dark',
        low: null,
        high: null,
        voice: 'speech',
        hedged: false,
        change: false,
        confidence: 1,
      });
      expect(all[1]?.objectId).toBe(elizabeth.id);
      expect(all[3]).toMatchObject({ low: 20, high: 20.99, hedged: true, change: true, chapter: null });
      expect(all[4]).toMatchObject({ entityId: null, detail: 'gardeners of the scene' });
      expect((await store.listFacts(p, { entityId: elizabeth.id })).map((f) => f.kind)).toEqual([
        'eyes',
        'age',
      ]);
      expect((await store.listFacts(p, { kinds: ['age', 'count'] })).map((f) => f.kind)).toEqual([
        'age',
        'count',
      ]);
      expect(
        (await store.listFacts(p, { entityId: elizabeth.id, kinds: ['eyes', 'relation'] })).map(
          (f) => f.kind,
        ),
      ).toEqual(['eyes']);
      // Canon as of chapter 1: chapter 2 is not known yet; a file without chapters always is.
      expect((await store.listFacts(p, { asOfChapter: 1 })).map((f) => f.kind)).toEqual([
        'eyes',
        'age',
        'count',
      ]);
      expect(await store.listSpellings(p)).toEqual([spelling('Darcy', 12)]);
    });

    it('replaces the facts of a file, follows merges and deletions, and sums spellings across files', async () => {
      const p = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileFacts(
        p,
        'f1',
        [fact('mr darcy', 'height', 'tall', 1, 50)],
        [spelling('Darcy', 3)],
      );
      await store.replaceFileFacts(
        p,
        'f1',
        [fact('mr darcy', 'height', 'short', 1, 50)],
        [spelling('Darcy', 4)],
      );
      expect((await store.listFacts(p)).map((f) => f.value)).toEqual(['short']);
      await store.replaceFileExtraction(p, 'f2', {
        entities: [ent('mr darcy', 'Mr. Darcy', 'character', [[1, 5]], [], 'f2')],
        relations: [],
      });
      await store.replaceFileFacts(
        p,
        'f2',
        [{ ...fact('mr darcy', 'build', 'stout', 1, 5), fileId: 'f2' }],
        [spelling('Darcy', 2, 'f2'), spelling('Darcey', 1, 'f2')],
      );
      expect((await store.listFacts(p)).map((f) => [f.fileId, f.value])).toEqual([
        ['f1', 'short'],
        ['f2', 'stout'],
      ]);
      const summed = await store.listSpellings(p);
      expect(summed.find((s) => s.form === 'Darcy')).toMatchObject({ count: 6, inside: 6 });
      expect(summed.find((s) => s.form === 'Darcey')).toMatchObject({ count: 1 });
      // A merge moves the facts with the keys; a deleted entity's facts go with it.
      const darcy = await byName(p, 'Mr. Darcy');
      const jane = await byName(p, 'Jane Bennet');
      await store.replaceFileFacts(
        p,
        'f1',
        [fact('mr darcy', 'height', 'short', 1, 50), fact('jane bennet', 'eyes', 'blue', 1, 300)],
        [],
      );
      await store.mergeEntities(p, darcy.id, jane.id);
      expect((await store.listFacts(p)).map((f) => f.entityId)).toEqual([darcy.id, darcy.id, darcy.id]);
      await store.deleteEntity(p, darcy.id);
      expect(await store.listFacts(p)).toEqual([]);
      // Re-ingesting a file clears its facts until the ingestion writes them again; deleting it too.
      await store.replaceFileFacts(
        p,
        'f2',
        [{ ...fact('netherfield', 'origin', 'x', 1, 5), fileId: 'f2' }],
        [],
      );
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.deleteFile(p, 'f2');
      expect(await store.listFacts(p)).toEqual([]);
      expect(await store.listSpellings(p)).toEqual([]);
    });

    it('rejects bad facts as a whole, keeps projects apart and stores hostile text as plain data', async () => {
      const p = newProject();
      const other = newProject();
      await store.replaceFileExtraction(p, 'f1', fileOne());
      await store.replaceFileExtraction(other, 'f1', fileOne());
      const hostile = '\'); DROP TABLE graph_fact; -- "}) MATCH (n) DETACH DELETE n //';
      await store.replaceFileFacts(
        p,
        'f1',
        [fact('mr darcy', 'occupation', hostile, 1, 50, { quote: hostile })],
        [],
      );
      await store.replaceFileFacts(other, 'f1', [fact('mr darcy', 'height', 'tall', 1, 50)], []);
      for (const bad of [
        fact('mr darcy', 'mood' as Fact['kind'], 'x', 1, 1),
        fact('mr darcy', 'eyes', 'x', 1, 9, { end: 3 }),
        fact('mr darcy', 'eyes', 'x', 1, 1, { voice: 'shout' as Fact['voice'] }),
        fact('mr darcy', 'eyes', 'x', 1, 1, { quote: 'q'.repeat(5000) }),
      ]) {
        await expect(
          store.replaceFileFacts(p, 'f1', [fact('mr darcy', 'eyes', 'blue', 1, 1), bad], []),
        ).rejects.toBeInstanceOf(GraphInputError);
      }
      await expect(store.replaceFileFacts('bad id!', 'f1', [], [])).rejects.toBeInstanceOf(GraphInputError);
      await expect(store.listFacts(p, { entityId: 'not-a-uuid' })).rejects.toBeInstanceOf(GraphInputError);
      // Kinds the type forbids, as a caller's bad data would bring them: refused before any query.
      for (const kinds of [[], ['eyes', "x' OR 1=1"], ['eyes) RETURN 1 //']])
        await expect(store.listFacts(p, { kinds: kinds as FactKind[] })).rejects.toBeInstanceOf(
          GraphInputError,
        );
      expect((await store.listFacts(p)).map((f) => [f.value, f.quote])).toEqual([[hostile, hostile]]);
      expect((await store.listFacts(other)).map((f) => f.value)).toEqual(['tall']);
      await store.deleteProject(p);
      expect(await store.listFacts(p)).toEqual([]);
      expect((await store.listFacts(other)).map((f) => f.value)).toEqual(['tall']);
    });

    it('stores Cypher and SQL text in names, keys, aliases, mentions and labels as plain data', async () => {
      const p = newProject();
      const canary = newProject();
      await store.replaceFileExtraction(canary, 'f1', fileOne());
      const hostile = [
        "Robert'); DROP TABLE graph_entity; --",
        '"}) MATCH (n) DETACH DELETE n //',
        "x' OR '1'='1",
        '`RELATES`]->(m) DETACH DELETE m WITH 1 AS x MATCH (n',
        '$projectId} ) CALL db.clearQueryCaches() //',
      ];
      const extraction: Extraction = {
        entities: hostile.map((text, i) =>
          ent(text, text, 'term', [[0, i * 100]], [`${text} alias`, "'; DELETE FROM graph_mention; --"]),
        ),
        relations: [
          rel(hostile[0] ?? '', hostile[1] ?? '', 'family', 1, [[0, 50]], "sister'}]->() DETACH DELETE n //"),
          rel(hostile[2] ?? '', hostile[3] ?? '', 'co_occurs', 2, [[0, 10]], 'DROP TABLE graph_relation'),
        ],
      };
      const result = await store.replaceFileExtraction(p, 'f1', extraction);
      expect(result).toMatchObject({ entities: 5, mentions: 5, relations: 2 });
      const list = await store.listEntities(p, { sort: 'name' });
      expect(list.map((e) => e.name).sort()).toEqual([...hostile].sort());
      const first = await byName(p, hostile[0] ?? '');
      expect(first.key).toBe(hostile[0]);
      expect(first.aliases.sort()).toEqual(
        [`${hostile[0]} alias`, "'; DELETE FROM graph_mention; --"].sort(),
      );
      expect(first.mentions[0]?.text).toBe(hostile[0]);
      expect(first.relations[0]?.labels).toEqual(["sister'}]->() DETACH DELETE n //"]);
      const patched = await store.patchEntity(p, first.id, {
        name: "Bobby'); MATCH (n) DETACH DELETE n; --",
        sheet: "```cypher\nMATCH (n) DETACH DELETE n\n```\n'; DROP TABLE graph_entity; --",
        addAliases: ['}) RETURN 1 UNION MATCH (n) RETURN n //'],
      });
      expect(patched?.name).toBe("Bobby'); MATCH (n) DETACH DELETE n; --");
      expect(patched?.aliases).toContain('}) RETURN 1 UNION MATCH (n) RETURN n //');
      expect(patched?.sheet).toContain('DETACH DELETE');
      // A relation type outside the fixed list never reaches the store, however it is dressed up.
      for (const type of [
        'co_occurs]->() DETACH DELETE n //',
        "sibling'; DROP TABLE graph_relation; --",
        'KNOWS',
      ]) {
        await expect(
          store.replaceFileExtraction(p, 'f2', {
            entities: [ent('a', 'A', 'term', [], [], 'f2'), ent('b', 'B', 'term', [], [], 'f2')],
            relations: [rel('a', 'b', type as RelationType, 1)],
          }),
        ).rejects.toBeInstanceOf(GraphInputError);
      }
      await expect(store.listEntities("p' OR 1=1 --")).rejects.toBeInstanceOf(GraphInputError);
      // Everything else is intact: this project and the canary project.
      expect(await store.listEntities(p)).toHaveLength(5);
      expect((await store.graph(p)).edges).toHaveLength(2);
      const canaryList = await store.listEntities(canary);
      expect(canaryList.map((e) => e.mentionCount)).toEqual([3, 2, 2, 1]);
      expect((await store.graph(canary)).edges).toHaveLength(3);
    });
  });
}
