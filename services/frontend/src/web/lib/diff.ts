/** A unified diff (git's output) turned into something a reader can follow. */
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

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;

function stripPrefix(path: string): string | null {
  if (path === '/dev/null') return null;
  return path.replace(/^[ab]\//, '');
}

export function parseUnifiedDiff(text: string): DiffFile[] {
  const files: DiffFile[] = [];
  let file: DiffFile | undefined;
  let hunk: DiffHunk | undefined;
  let oldNo = 0;
  let newNo = 0;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    if (line.startsWith('diff --git ')) {
      file = { oldPath: null, newPath: null, hunks: [] };
      files.push(file);
      hunk = undefined;
      continue;
    }
    if (!hunk && line.startsWith('--- ')) {
      if (!file) {
        file = { oldPath: null, newPath: null, hunks: [] };
        files.push(file);
      }
      file.oldPath = stripPrefix(line.slice(4).trim());
      continue;
    }
    if (!hunk && line.startsWith('+++ ')) {
      if (file) file.newPath = stripPrefix(line.slice(4).trim());
      continue;
    }
    const m = HUNK.exec(line);
    if (m) {
      if (!file) {
        file = { oldPath: null, newPath: null, hunks: [] };
        files.push(file);
      }
      oldNo = Number(m[1]);
      newNo = Number(m[3]);
      hunk = { header: line, lines: [] };
      file.hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    if (line.startsWith('\\')) continue; // "\ No newline at end of file"
    const mark = line[0];
    const body = line.slice(1);
    if (mark === '+') hunk.lines.push({ kind: 'add', text: body, oldNo: null, newNo: newNo++ });
    else if (mark === '-') hunk.lines.push({ kind: 'del', text: body, oldNo: oldNo++, newNo: null });
    else if (mark === ' ' || line === '')
      hunk.lines.push({ kind: 'context', text: body, oldNo: oldNo++, newNo: newNo++ });
    else {
      // A new header (the next file without "diff --git"): start over.
      hunk = undefined;
    }
  }
  return files;
}

export interface SideBySideRow {
  left: DiffLine | null;
  right: DiffLine | null;
}

/**
 * Pairs a hunk's lines for a two-column view: context on both sides, and each run of deletions
 * beside the run of additions that follows it (the first deleted line next to the first added).
 */
export function sideBySide(hunk: DiffHunk): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let i = 0;
  const lines = hunk.lines;
  while (i < lines.length) {
    const line = lines[i] as DiffLine;
    if (line.kind === 'context') {
      rows.push({ left: line, right: line });
      i++;
      continue;
    }
    const dels: DiffLine[] = [];
    const adds: DiffLine[] = [];
    while (i < lines.length && (lines[i] as DiffLine).kind === 'del') dels.push(lines[i++] as DiffLine);
    while (i < lines.length && (lines[i] as DiffLine).kind === 'add') adds.push(lines[i++] as DiffLine);
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

/**
 * Word-level difference of two lines (prose changes are a few words in a long paragraph): the
 * longest common subsequence of their words, marking the rest as changed. Long lines fall back to
 * marking everything between the common prefix and suffix.
 */
export function wordDiff(oldText: string, newText: string): { old: WordPart[]; new: WordPart[] } {
  const a = oldText.split(/(\s+)/).filter((t) => t !== '');
  const b = newText.split(/(\s+)/).filter((t) => t !== '');
  if (a.length * b.length > 250_000) {
    let p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    let s = 0;
    while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
    const part = (xs: string[]) => [
      { text: xs.slice(0, p).join(''), changed: false },
      { text: xs.slice(p, xs.length - s).join(''), changed: true },
      { text: xs.slice(xs.length - s).join(''), changed: false },
    ];
    return { old: merge(part(a)), new: merge(part(b)) };
  }
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = dp[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((dp[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((dp[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const oldParts: WordPart[] = [];
  const newParts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      oldParts.push({ text: a[i] as string, changed: false });
      newParts.push({ text: b[j] as string, changed: false });
      i++;
      j++;
    } else if (
      j < b.length &&
      (i >= a.length || ((dp[i] as number[])[j + 1] as number) >= ((dp[i + 1] as number[])[j] as number))
    ) {
      newParts.push({ text: b[j++] as string, changed: true });
    } else {
      oldParts.push({ text: a[i++] as string, changed: true });
    }
  }
  return { old: merge(oldParts), new: merge(newParts) };
}

function merge(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out.at(-1);
    // Whitespace between two changed words belongs to the change.
    if (last && (last.changed === p.changed || (/^\s+$/.test(p.text) && last.changed))) {
      last.text += p.text;
    } else out.push({ ...p });
  }
  return out;
}
