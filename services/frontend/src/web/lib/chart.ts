/**
 * The data behind the small SVG charts (appearances per chapter, credits used per day); the scales
 * and their ticks are d3-scale's (`valueScale`). The two reshapings below are George's own (chapter
 * columns across characters, usage per UTC day), not commodity code.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';

/**
 * A value axis from 0 to at least `max`, its top rounded up to a "nice" tick (1, 2 or 5 times a
 * power of ten) so the highest mark never touches the frame; whole numbers only (counts, credits).
 */
export function valueScale(max: number, range: [number, number], ticks = 4): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .range(range)
    .nice(ticks);
}

/** The ticks of a value axis, whole numbers only. */
export function wholeTicks(scale: ScaleLinear<number, number>, count = 4): number[] {
  return scale.ticks(count).filter((t) => Number.isInteger(t));
}

export interface ChapterCount {
  fileId: string;
  chapter: number | null;
  count: number;
}

export interface Appearances {
  entityId: string;
  name: string;
  total: number;
  chapters: ChapterCount[];
}

export interface AppearanceMatrix {
  /** Column keys in reading order: `${fileId}:${chapter}`. */
  columns: { key: string; fileId: string; chapter: number | null }[];
  series: { entityId: string; name: string; values: number[] }[];
  max: number;
}

/**
 * Puts several characters' chapter counts on one axis: the union of their chapters, in the order
 * the files first appear and by chapter number, with zero where a character is absent.
 */
export function appearanceMatrix(list: Appearances[]): AppearanceMatrix {
  const fileOrder: string[] = [];
  const chaptersByFile = new Map<string, Set<number | null>>();
  for (const a of list) {
    for (const c of a.chapters) {
      if (!chaptersByFile.has(c.fileId)) {
        chaptersByFile.set(c.fileId, new Set());
        fileOrder.push(c.fileId);
      }
      chaptersByFile.get(c.fileId)?.add(c.chapter);
    }
  }
  const columns: AppearanceMatrix['columns'] = [];
  for (const fileId of fileOrder) {
    const chapters = [...(chaptersByFile.get(fileId) ?? [])].sort(
      (x, y) => (x ?? Number.NEGATIVE_INFINITY) - (y ?? Number.NEGATIVE_INFINITY),
    );
    for (const chapter of chapters) columns.push({ key: `${fileId}:${chapter}`, fileId, chapter });
  }
  const position = new Map(columns.map((c, i) => [c.key, i]));
  let max = 0;
  const series = list.map((a) => {
    const values = new Array<number>(columns.length).fill(0);
    for (const c of a.chapters) {
      const i = position.get(`${c.fileId}:${c.chapter}`);
      if (i === undefined) throw new Error(`chapter ${c.fileId}:${c.chapter} is not among the columns`);
      const value = (values[i] ?? 0) + c.count;
      values[i] = value;
      max = Math.max(max, value);
    }
    return { entityId: a.entityId, name: a.name, values };
  });
  return { columns, series, max };
}

/** Sums usage records per day (UTC) over the last `days` days, oldest first, zero-filled. */
export function dailyTotals(
  records: { createdAt: string | number; cost: number }[],
  days: number,
  now = Date.now(),
): { day: string; total: number }[] {
  const dayMs = 86_400_000;
  const today = Math.floor(now / dayMs);
  const out = Array.from({ length: days }, (_, i) => ({
    day: new Date((today - days + 1 + i) * dayMs).toISOString().slice(0, 10),
    total: 0,
  }));
  for (const r of records) {
    const t = typeof r.createdAt === 'number' ? r.createdAt : Date.parse(r.createdAt);
    const i = Math.floor(t / dayMs) - (today - days + 1);
    if (i >= 0 && i < days) (out[i] as { total: number }).total += r.cost;
  }
  return out;
}
