/** A small force-directed layout (Fruchterman–Reingold with cooling), deterministic for a given input. */
export interface LayoutNode {
  id: string;
  /** Larger nodes (more mentions) repel more and are drawn larger. */
  weight?: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight?: number;
}

export interface Positioned {
  x: number;
  y: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  iterations?: number;
  /** Seed of the initial placement (the same seed gives the same picture). */
  seed?: number;
}

/** mulberry32: a tiny seeded generator, so the same graph always gets the same layout. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lays out a graph in a box: the linked nodes with the force layout, the unlinked ones (no edge at
 * all, which would otherwise drift to the edges and shrink everything else) in rows along the
 * bottom.
 */
export function forceLayout(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  options: LayoutOptions,
): Map<string, Positioned> {
  const ids = new Set(nodes.map((n) => n.id));
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.source !== e.target && ids.has(e.source) && ids.has(e.target)) {
      linked.add(e.source);
      linked.add(e.target);
    }
  }
  const loose = nodes.filter((n) => !linked.has(n.id));
  if (loose.length === 0 || loose.length === nodes.length) return springLayout(nodes, edges, options);
  const perRow = Math.max(1, Math.floor((options.width - 80) / 90));
  const rows = Math.ceil(loose.length / perRow);
  const stripHeight = 20 + rows * 40;
  const pos = springLayout(
    nodes.filter((n) => linked.has(n.id)),
    edges,
    { ...options, height: Math.max(100, options.height - stripHeight) },
  );
  loose.forEach((node, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, loose.length - row * perRow);
    const col = i % perRow;
    pos.set(node.id, {
      x: options.width / 2 + (col - (inRow - 1) / 2) * 90,
      y: options.height - stripHeight + 30 + row * 40,
    });
  });
  return pos;
}

function springLayout(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  options: LayoutOptions,
): Map<string, Positioned> {
  const { width, height } = options;
  const iterations = options.iterations ?? 300;
  const random = seededRandom(options.seed ?? 1);
  const n = nodes.length;
  const pos = new Map<string, Positioned>();
  if (n === 0) return pos;
  const cx = width / 2;
  const cy = height / 2;
  if (n === 1) {
    pos.set((nodes[0] as LayoutNode).id, { x: cx, y: cy });
    return pos;
  }
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const index = new Map<string, number>();
  const radius = Math.min(width, height) / 3;
  nodes.forEach((node, i) => {
    index.set(node.id, i);
    // A circle with a little jitter: no two nodes start at the same point.
    const angle = (2 * Math.PI * i) / n;
    xs[i] = cx + radius * Math.cos(angle) + (random() - 0.5) * 10;
    ys[i] = cy + radius * Math.sin(angle) + (random() - 0.5) * 10;
  });
  const links = edges
    .map((e) => ({ s: index.get(e.source), t: index.get(e.target), w: e.weight ?? 1 }))
    .filter(
      (l): l is { s: number; t: number; w: number } => l.s !== undefined && l.t !== undefined && l.s !== l.t,
    );
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = Math.sqrt((width * height) / n) * 0.9;
  const cutoff2 = (3 * k) ** 2;
  const gravity = 0.08;
  let temperature = Math.min(width, height) / 8;
  const cooling = temperature / (iterations + 1);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = (xs[i] as number) - (xs[j] as number);
        let ddy = (ys[i] as number) - (ys[j] as number);
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          ddx = random() - 0.5;
          ddy = random() - 0.5;
          d2 = ddx * ddx + ddy * ddy;
        }
        // Far-away nodes do not push (Fruchterman–Reingold's cut-off): loose nodes stay near.
        if (d2 > cutoff2) continue;
        const d = Math.sqrt(d2);
        const force = (k * k) / d;
        const fx = (ddx / d) * force;
        const fy = (ddy / d) * force;
        dx[i] = (dx[i] as number) + fx;
        dy[i] = (dy[i] as number) + fy;
        dx[j] = (dx[j] as number) - fx;
        dy[j] = (dy[j] as number) - fy;
      }
    }
    for (const { s, t, w } of links) {
      const ddx = (xs[s] as number) - (xs[t] as number);
      const ddy = (ys[s] as number) - (ys[t] as number);
      const d = Math.max(0.01, Math.sqrt(ddx * ddx + ddy * ddy));
      const force = ((d * d) / k) * (0.5 + (0.5 * w) / maxW);
      const fx = (ddx / d) * force;
      const fy = (ddy / d) * force;
      dx[s] = (dx[s] as number) - fx;
      dy[s] = (dy[s] as number) - fy;
      dx[t] = (dx[t] as number) + fx;
      dy[t] = (dy[t] as number) + fy;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps disconnected parts on screen, close to the rest.
      dx[i] = (dx[i] as number) + (cx - (xs[i] as number)) * gravity;
      dy[i] = (dy[i] as number) + (cy - (ys[i] as number)) * gravity;
      const d = Math.sqrt((dx[i] as number) ** 2 + (dy[i] as number) ** 2);
      if (d > 0) {
        const step = Math.min(d, temperature);
        xs[i] = (xs[i] as number) + ((dx[i] as number) / d) * step;
        ys[i] = (ys[i] as number) + ((dy[i] as number) / d) * step;
      }
    }
    temperature = Math.max(0.5, temperature - cooling);
  }
  // Fit into the box with a margin.
  const margin = 40;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i] as number);
    maxX = Math.max(maxX, xs[i] as number);
    minY = Math.min(minY, ys[i] as number);
    maxY = Math.max(maxY, ys[i] as number);
  }
  const sx = (width - 2 * margin) / Math.max(1e-9, maxX - minX);
  const sy = (height - 2 * margin) / Math.max(1e-9, maxY - minY);
  const s = Math.min(sx, sy);
  const ox = (width - s * (maxX - minX)) / 2;
  const oy = (height - s * (maxY - minY)) / 2;
  nodes.forEach((node, i) => {
    pos.set(node.id, { x: ox + ((xs[i] as number) - minX) * s, y: oy + ((ys[i] as number) - minY) * s });
  });
  return pos;
}

/** Pan and zoom as one transform: zooming keeps the point under the cursor in place. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export function zoomAt(view: View, factor: number, px: number, py: number, min = 0.2, max = 5): View {
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  const f = scale / view.scale;
  return { scale, x: px - (px - view.x) * f, y: py - (py - view.y) * f };
}
