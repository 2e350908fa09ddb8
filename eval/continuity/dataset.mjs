// The continuity evaluation set: injections.json applied to copies of the novels, and each item's
// passages located in the text ingestion sees (the filesystem service's normalised text).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOVELS, ROOT } from '../lib.mjs';

export const INJECTIONS = join(dirname(fileURLToPath(import.meta.url)), 'injections.json');

export function loadItems(path = INJECTIONS) {
  return JSON.parse(readFileSync(path, 'utf8')).items;
}

/** The one place in `text` where `needle` occurs; throws when it is missing or repeated. */
function only(text, needle, what) {
  const first = text.indexOf(needle);
  if (first < 0) throw new Error(`${what}: not found: ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, first + 1) >= 0)
    throw new Error(`${what}: found twice: ${JSON.stringify(needle)}`);
  return first;
}

/** Applies the items' edits to the raw novel; every original must occur exactly once. */
export function applyEdits(raw, items) {
  let text = raw;
  for (const item of items) {
    for (const edit of item.edits) {
      only(raw, edit.original, item.id);
      const at = only(text, edit.original, item.id);
      text = text.slice(0, at) + edit.replacement + text.slice(at + edit.original.length);
    }
  }
  return text;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A passage matches whatever whitespace the normalisation left (line breaks, spaces). */
const pattern = (passage) => new RegExp(passage.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');

/** Every [start, end) where the passage occurs in the normalised text. */
export function locate(text, passage) {
  return [...text.matchAll(pattern(passage))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The novel as ingestion stores it (filesystem's text and chapters), with the items' edits applied
 * first when given.
 */
export async function loadNovel(file, items = []) {
  const { decodeText } = await import(join(ROOT, 'services/filesystem/dist/services/extract.js'));
  const { blocksFromPlainText, buildStructure } = await import(
    join(ROOT, 'services/filesystem/dist/services/text.js')
  );
  const raw = decodeText(readFileSync(join(NOVELS, file))).text;
  const edited = applyEdits(raw, items);
  const doc = buildStructure(blocksFromPlainText(edited));
  const located = items.map((item) => {
    const passage = locate(doc.text, item.passage);
    if (passage.length !== 1) throw new Error(`${item.id}: passage found ${passage.length} times`);
    const contradicts = item.contradicts.flatMap((c) => locate(doc.text, c));
    if (item.contradicts.length > 0 && contradicts.length === 0) {
      throw new Error(`${item.id}: no contradicted passage found`);
    }
    return { ...item, span: passage[0], contradictsSpans: contradicts };
  });
  return { text: doc.text, chapters: doc.chapters, items: located };
}
