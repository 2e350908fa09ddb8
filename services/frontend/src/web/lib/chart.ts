/** Scales and ticks for the small SVG charts (appearances per chapter, credits used per day). */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
  ticks(count?: number): number[];
}

/** A "nice" step for about `count` ticks over [0, max]: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  return Math.max(1, nice * power);
}

/** The domain's top rounded up to a whole step, so the highest bar never touches the frame. */
export function niceMax(max: number, count = 5): number {
  const step = niceStep(max, count);
  return Math.max(step, Math.ceil(max / step) * step);
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  scale.ticks = (count = 5) => {
    const step = niceStep(d1 - d0, count);
    const out: number[] = [];
    for (let v = Math.ceil(d0 / step) * step; v <= d1 + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  };
  return scale;
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
      const i = position.get(`${c.fileId}:${c.chapter}`) as number;
      values[i] = (values[i] as number) + c.count;
      max = Math.max(max, values[i] as number);
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
