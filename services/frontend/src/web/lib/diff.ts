/** A unified diff (git's output) turned into something a reader can follow, on the `diff` package. */
import { diffWordsWithSpace, parsePatch, type StructuredPatch } from 'diff';

export type LineKind = 'context' | 'add' | 'del';

export interface DiffLine {
  kind: LineKind;
  text: string;
  /** Line numbers in the old and the new text (null on the side where the line does not exist). */
  oldNo: number | null;
  newNo: number | null;
}

export interface DiffHunk {
  header: string;
  lines: DiffLine[];
}

export interface DiffFile {
  oldPath: string | null;
  newPath: string | null;
  hunks: DiffHunk[];
}

const stripPrefix = (path: string | undefined): string | null =>
  path === undefined || path === '/dev/null' ? null : path.replace(/^[ab]\//, '');

/**
 * parsePatch refuses a hunk shorter than its header says, which is how a diff the git service cut
 * at its output limit ends (`truncated`): the unfinished last hunk is left out.
 */
function parseComplete(text: string): StructuredPatch[] {
  let end = text.length;
  for (;;) {
    try {
      return parsePatch(text.slice(0, end));
    } catch {
      // Cut before the last hunk header that is still in: each turn drops one hunk.
      const header = text.lastIndexOf('\n@@ ', end - 2);
      if (header < 0) return [];
      end = header + 1;
    }
  }
}

/** Git's unified diff, parsed by `diff`'s parsePatch, with each line's number on both sides. */
export function parseUnifiedDiff(text: string): DiffFile[] {
  const patches = parseComplete(text).filter((p) => p.hunks.length > 0 || p.oldFileName || p.newFileName);
  return patches.map((patch) => ({
    oldPath: stripPrefix(patch.oldFileName),
    newPath: stripPrefix(patch.newFileName),
    hunks: patch.hunks.map((h) => {
      let oldNo = h.oldLines === 0 ? h.oldStart + 1 : h.oldStart;
      let newNo = h.newLines === 0 ? h.newStart + 1 : h.newStart;
      const lines: DiffLine[] = [];
      for (const line of h.lines) {
        const body = line.slice(1);
        if (line.startsWith('+')) lines.push({ kind: 'add', text: body, oldNo: null, newNo: newNo++ });
        else if (line.startsWith('-')) lines.push({ kind: 'del', text: body, oldNo: oldNo++, newNo: null });
        else if (line.startsWith(' ') || line === '')
          lines.push({ kind: 'context', text: body, oldNo: oldNo++, newNo: newNo++ });
        // "\ No newline at end of file" is not a line of the text.
      }
      return {
        header: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
        lines,
      };
    }),
  }));
}

export interface SideBySideRow {
  left: DiffLine | null;
  right: DiffLine | null;
}

/**
 * Pairs a hunk's lines for a two-column view (by hand: `diff` parses and compares but has no
 * side-by-side view, and this is a pass over the parsed lines): context on both sides, and each run of deletions
 * beside the run of additions that follows it (the first deleted line next to the first added).
 */
export function sideBySide(hunk: DiffHunk): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let i = 0;
  const lines = hunk.lines;
  for (let line = lines[i]; line !== undefined; line = lines[i]) {
    if (line.kind === 'context') {
      rows.push({ left: line, right: line });
      i++;
      continue;
    }
    const dels: DiffLine[] = [];
    const adds: DiffLine[] = [];
    for (let del = lines[i]; del?.kind === 'del'; del = lines[++i]) dels.push(del);
    for (let add = lines[i]; add?.kind === 'add'; add = lines[++i]) adds.push(add);
    for (let k = 0; k < Math.max(dels.length, adds.length); k++) {
      rows.push({ left: dels[k] ?? null, right: adds[k] ?? null });
    }
  }
  return rows;
}

export interface WordPart {
  text: string;
  changed: boolean;
}

/** Beyond this many edits a line is shown as changed as a whole (prose rewritten, not retouched). */
const MAX_EDIT_LENGTH = 500;

/**
 * Word-level difference of two lines (prose changes are a few words in a long paragraph), by
 * `diff`'s diffWordsWithSpace; whitespace between two changed words belongs to the change.
 */
export function wordDiff(oldText: string, newText: string): { old: WordPart[]; new: WordPart[] } {
  const changes = diffWordsWithSpace(oldText, newText, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes)
    return { old: merge([{ text: oldText, changed: true }]), new: merge([{ text: newText, changed: true }]) };
  const oldParts: WordPart[] = [];
  const newParts: WordPart[] = [];
  for (const c of changes) {
    if (!c.added) oldParts.push({ text: c.value, changed: c.removed });
    if (!c.removed) newParts.push({ text: c.value, changed: c.added });
  }
  return { old: merge(oldParts), new: merge(newParts) };
}

function merge(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out.at(-1);
    if (last && last.changed === p.changed) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
