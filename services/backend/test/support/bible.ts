/** The story-bible tests' helpers: a text as an extraction source, and the entries that hold a name. */
import type { ExtractedEntity, Extraction, SourceText } from '../../src/bible/index.js';

export function source(text: string, fileId = 'book'): SourceText {
  return { fileId, text, chapters: [] };
}

/** Every entry whose name or aliases hold the name. */
export function holding(extraction: Extraction, name: string): ExtractedEntity[] {
  return extraction.entities.filter((e) => e.name === name || e.aliases.includes(name));
}

/** The one entry that holds the name; throws (naming every entry) when none or several do. */
export function one(extraction: Extraction, name: string): ExtractedEntity {
  const [found, ...others] = holding(extraction, name);
  if (found === undefined || others.length > 0)
    throw new Error(
      `${others.length + (found ? 1 : 0)} entities hold ${name}: ${extraction.entities.map((e) => e.name).join(', ')}`,
    );
  return found;
}

/**
 * Why a passage's people are read wrong, or undefined when each person's names are in one entry
 * of their own (no name held by several entries, no two people in one entry).
 */
export function peopleMisread(
  people: readonly (readonly string[])[],
  extraction: Extraction,
): string | undefined {
  const entryOf = new Map<string, number>();
  for (const [index, names] of people.entries()) {
    const unheld = names.find((name) => holding(extraction, name).length !== 1);
    if (unheld !== undefined) return `${holding(extraction, unheld).length} entries hold ${unheld}`;
    const keys = new Set(names.flatMap((name) => holding(extraction, name).map((entry) => entry.key)));
    if (keys.size !== 1) return `${names.join(' / ')}: ${keys.size} entries`;
    const [key] = keys;
    if (key === undefined) return `${names.join(' / ')}: no entry`;
    const other = entryOf.get(key);
    if (other !== undefined) return `${names.join(' / ')} merged with ${people[other]?.join(' / ')}`;
    entryOf.set(key, index);
  }
  return undefined;
}

/** A text of tales (or of a novel's parts), each heading a chapter of its own. */
export function tales(...parts: Array<[heading: string, body: string]>): SourceText {
  let text = '';
  const chapters: SourceText['chapters'] = [];
  for (const [heading, body] of parts) {
    const start = text.length;
    text += `${heading}\n\n${body}\n\n`;
    chapters.push({ title: heading, start, end: text.length });
  }
  return { fileId: 'tales', text, chapters };
}

/** The names of the characters the family entry that holds `family` has as members. */
export function membersOf(result: Extraction, family: string): string[] {
  const group = one(result, family);
  const names = new Map(result.entities.map((e) => [e.key, e.name]));
  return result.relations
    .filter((r) => r.type === 'member_of' && r.targetKey === group.key)
    .map((r) => names.get(r.sourceKey) ?? r.sourceKey)
    .sort();
}
