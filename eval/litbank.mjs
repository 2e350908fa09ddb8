// Reads LitBank's excerpts (../shared/data/litbank, see its README) as prose an author could have
// written, with every token's range in that prose, and its coreference and quotation layers.
//
// The excerpts are tokenized, one sentence a line, and have lost their spacing and paragraphs. The
// prose is rebuilt by fixed rules, written down here before any tuning and never changed for a
// score:
// - tokens are joined by one space, with none before , . ; : ! ? ) ] } % and clitics ('s n't 'll
//   're 've 'd 'm, straight or curly), and none after ( [ {;
// - curly opening marks (“ ‘) take no space after, curly closing marks (” ’) none before; a token
//   of several closing marks (’”, a quotation ending inside another) closes each of them;
// - straight double quotes alternate opening and closing through the excerpt;
// - underscores (italics) alternate opening and closing: "_You_";
// - a standalone straight single quote closes the open single quotation if there is one;
//   otherwise, between two lower-case words it is an apostrophe ("o' t", "ridin' along": no space
//   before), before a word or an opening mark it opens a quotation, and elsewhere it closes;
// - an opening mark that ends a line belongs to the next line (LitBank's sentence splitter left it
//   behind);
// - sentences are joined by a space into paragraphs; a paragraph break (a blank line) comes before
//   a line that starts with an opening quotation mark when no quotation is open, and before an
//   opening mark that directly follows a closing one (two speeches with nothing between them),
//   the way a novel sets each new speech on a new line.
// These rules cannot tell a speech its speaker goes on with ('"Wedlock suits you," he remarked. "I
// think..."') from the next speaker's, nor find a paragraph of narration (on the three excerpts
// whose novels ../shared/data/novels holds: 17 breaks where the novel has none, 38 missed), and
// turn-taking hangs on paragraphs. So the excerpts with quotations, in both splits, take their
// paragraphs from eval/litbank-paragraphs.json: the first words of each paragraph of the text the
// excerpt was cut from (LitBank's `original/<id>.txt`, CC BY 4.0, or the novel in
// ../shared/data/novels), written down by hand from those texts; the rules serve the others.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%”]|['’](?:s|ll|re|ve|d|m)|n['’]t)$/i;
const NO_SPACE_AFTER = /^[([{“‘]$/;
const LOWER_WORD = /^\p{Ll}/u;
const WORD_OR_OPENING = /^[\p{L}\d“‘"_]/u;

/** How each token is glued: 'open' (no space after), 'close' (no space before), or plain. */
function classify(lines) {
  const kinds = lines.map((tokens) => tokens.map(() => 'plain'));
  let doubleOpen = false;
  let singleOpen = false;
  let italicOpen = false;
  const flat = [];
  lines.forEach((tokens, li) => {
    tokens.forEach((token, ti) => {
      flat.push({ token, li, ti });
    });
  });
  for (let i = 0; i < flat.length; i++) {
    const { token, li, ti } = flat[i];
    const previous = flat[i - 1];
    const next = flat[i + 1];
    let kind = 'plain';
    if (token === '“' || token === '‘') kind = 'open';
    else if (/^[”’]+$/.test(token)) kind = 'close';
    else if (token === '"') {
      kind = doubleOpen ? 'close' : 'open';
      doubleOpen = !doubleOpen;
    } else if (token === '_') {
      kind = italicOpen ? 'close' : 'open';
      italicOpen = !italicOpen;
    } else if (token === "'") {
      const between =
        previous !== undefined &&
        next !== undefined &&
        previous.li === li &&
        LOWER_WORD.test(previous.token) &&
        LOWER_WORD.test(next.token);
      if (singleOpen) {
        kind = 'close';
        singleOpen = false;
      } else if (between) kind = 'apostrophe';
      else if (next !== undefined && WORD_OR_OPENING.test(next.token)) {
        kind = 'open';
        singleOpen = true;
      } else {
        kind = 'close';
        singleOpen = false;
      }
    } else if (NO_SPACE_BEFORE.test(token)) kind = 'attach';
    else if (NO_SPACE_AFTER.test(token)) kind = 'open';
    kinds[li][ti] = kind;
  }
  return kinds;
}

const isQuote = (token) => /^["'“”‘’]$/.test(token);

const letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** How far past the last paragraph found the next one's opening is looked for, in letters. */
const OPENING_REACH = 12000;
/** How far past a match inside a sentence row a match at a row's start is preferred, in letters. */
const ROW_START_REACH = 200;

/**
 * The tokens that open a paragraph, as "line:token" keys: each opening's letters found in order
 * in the excerpt's letters as whole tokens (a sentence row's first word first), the
 * paragraph starting at the opening marks before that word. Openings not found are passed over.
 */
function paragraphStarts(lines, kinds, carried, openings) {
  const tokens = [];
  let stream = '';
  const startOf = new Map();
  lines.forEach((row, li) => {
    row.forEach((token, ti) => {
      const l = letters(token);
      if (l.length === 0) return;
      startOf.set(stream.length, tokens.length);
      tokens.push({ li, ti });
      stream += l;
    });
  });
  const rowStart = ({ li, ti }) => kinds[li].slice(0, ti).every((kind) => kind === 'open');
  const starts = new Set();
  let cursor = 0;
  for (const opening of openings) {
    const wanted = letters(opening);
    if (wanted.length === 0) continue;
    // The first match of whole tokens, or a sentence row's first word just after it (a short
    // opening, "Oh, no", can also be words inside the paragraph before).
    let first;
    let found;
    for (
      let at = stream.indexOf(wanted, cursor);
      at >= 0 && at <= (first ?? cursor + OPENING_REACH);
      at = stream.indexOf(wanted, at + 1)
    ) {
      const index = startOf.get(at);
      const end = at + wanted.length;
      if (index === undefined || (end < stream.length && !startOf.has(end))) continue;
      if (rowStart(tokens[index])) {
        found = at;
        break;
      }
      first ??= at + ROW_START_REACH;
    }
    found ??= first === undefined ? undefined : first - ROW_START_REACH;
    if (found === undefined) continue;
    cursor = found + wanted.length;
    let { li, ti } = tokens[startOf.get(found)];
    while (ti > 0 && kinds[li][ti - 1] === 'open') ti--;
    if (ti === 0 && carried[li].length > 0) {
      li--;
      ti = lines[li].length - 1;
    }
    starts.add(`${li}:${ti}`);
  }
  return starts;
}

/**
 * Rebuilds the excerpt's prose: returns the text and, for each sentence row of the `.txt`, each
 * token's [start, end) range in it. With `openings` (the first words of each of the excerpt's
 * paragraphs), the paragraphs are those; without, the rules above make them.
 */
export function detokenize(raw, openings) {
  const lines = raw
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split(' ').filter((t) => t.length > 0));
  const kinds = classify(lines);
  // An opening mark left at the end of a line moves to the start of the next one.
  const carried = lines.map(() => []);
  lines.forEach((tokens, li) => {
    const last = tokens.length - 1;
    if (last >= 0 && li + 1 < lines.length && kinds[li][last] === 'open' && isQuote(tokens[last]))
      carried[li + 1].push(last);
  });
  const known = openings === undefined ? undefined : paragraphStarts(lines, kinds, carried, openings);
  let text = '';
  const positions = lines.map(() => []);
  let glue = true;
  // Open quotations by kind: a line opening a double quotation needs no double one open, a line
  // opening a single quotation needs none open at all.
  const open = { double: 0, single: 0 };
  let lastClosedAt = -1;
  const emit = (li, ti, atLineStart) => {
    const token = lines[li][ti];
    const kind = kinds[li][ti];
    const mark = /^["“”]$/.test(token) ? 'double' : /^['‘’]$/.test(token) ? 'single' : undefined;
    const closed = mark === 'double' ? open.double === 0 : open.double + open.single === 0;
    const afterQuotation = lastClosedAt === text.length;
    const breaks =
      known === undefined
        ? (atLineStart || afterQuotation) && kind === 'open' && mark !== undefined && closed
        : known.has(`${li}:${ti}`);
    if (breaks && text.length > 0) {
      text = `${text.trimEnd()}\n\n`;
      glue = true;
    }
    const space = !glue && kind !== 'close' && kind !== 'attach' && kind !== 'apostrophe';
    if (space) text += ' ';
    const start = text.length;
    text += token;
    positions[li][ti] = [start, text.length];
    glue = kind === 'open';
    if (mark !== undefined && kind === 'open') open[mark]++;
    // A token of several closing marks (’” ending a quotation inside a quotation) closes each.
    const closing = mark !== undefined ? [mark] : /^[”’]{2,}$/.test(token) ? [...token] : [];
    if (kind === 'close' && closing.length > 0) {
      for (const m of closing) {
        const which = m === 'double' || m === '”' ? 'double' : m === 'single' || m === '’' ? 'single' : m;
        open[which] = Math.max(0, open[which] - 1);
      }
      if (open.double + open.single === 0) lastClosedAt = text.length;
    }
  };
  lines.forEach((tokens, li) => {
    let first = true;
    for (const ti of carried[li]) {
      emit(li - 1, ti, true);
      first = false;
    }
    const last = tokens.length - 1;
    tokens.forEach((_, ti) => {
      if (ti === last && li + 1 < lines.length && carried[li + 1].includes(ti)) return;
      emit(li, ti, first);
      first = false;
    });
  });
  return { text: `${text}\n`, positions };
}

/** The coreference clusters: mentions with ranges, and the names (PROP mentions) of each. */
export function readCoref(dataDir, id, positions) {
  const clusters = new Map();
  const mentions = new Map();
  const clusterOf = new Map();
  for (const row of readFileSync(join(dataDir, 'coref', `${id}.tsv`), 'utf8').split('\n')) {
    const f = row.split('\t');
    if (f[0] === 'MENTION') {
      const [, mid, s1, t1, s2, t2, text, type, kind] = f;
      const a = positions[Number(s1)]?.[Number(t1)];
      const b = positions[Number(s2)]?.[Number(t2)];
      if (a === undefined || b === undefined) continue;
      mentions.set(mid, { start: a[0], end: b[1], text, type, kind });
    } else if (f[0] === 'COREF') clusterOf.set(f[1], f[2]);
  }
  for (const [mid, mention] of mentions) {
    const name = clusterOf.get(mid) ?? `single:${mid}`;
    let cluster = clusters.get(name);
    if (cluster === undefined) {
      cluster = { name, mentions: [], names: [] };
      clusters.set(name, cluster);
    }
    cluster.mentions.push(mention);
    if (mention.kind === 'PROP' && !cluster.names.includes(mention.text)) cluster.names.push(mention.text);
    mention.cluster = cluster;
  }
  return clusters;
}

/** The quotation layer: each quotation's range in the prose and its speaker's cluster name. */
export function readQuotations(dataDir, id, positions) {
  const quotes = new Map();
  for (const row of readFileSync(join(dataDir, 'quotations', `${id}.tsv`), 'utf8').split('\n')) {
    const f = row.split('\t');
    if (f[0] === 'QUOTE') {
      const [, qid, s1, t1, s2, t2] = f;
      const a = positions[Number(s1)]?.[Number(t1)];
      const b = positions[Number(s2)]?.[Number(t2)];
      if (a === undefined || b === undefined) throw new Error(`${id} ${qid}: token out of range`);
      quotes.set(qid, { id: qid, start: a[0], end: b[1], speaker: null });
    } else if (f[0] === 'ATTRIB') {
      const quote = quotes.get(f[1]);
      if (quote !== undefined) quote.speaker = f[2];
    }
  }
  return [...quotes.values()].sort((a, b) => a.start - b.start);
}

/** The excerpt ids of a layer (file names without extension), sorted by Gutenberg id. */
export function excerptIds(dataDir, layer) {
  return readdirSync(join(dataDir, layer))
    .filter((f) => /\.(?:txt|tsv)$/.test(f))
    .map((f) => f.replace(/\.(?:txt|tsv)$/, ''))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
}
