/**
 * Test texts cut into chapters at their "Chapter N" and "Letter N" headings, as the filesystem
 * service reports them.
 */

/** Each heading's chapter runs to the blank line before the next heading (or to the end). */
export function headedChapters(text: string) {
  const starts = [...text.matchAll(/^(?:Chapter|Letter) \w+$/gm)].map((m) => ({
    title: m[0],
    start: m.index ?? 0,
  }));
  return starts.map((s, i) => ({
    ...s,
    end: (starts[i + 1]?.start ?? text.length + 2) - 2,
  }));
}
