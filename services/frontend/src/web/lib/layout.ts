/** The relationship graph's layout: d3-force, deterministic for a given input and seed. */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';

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
  /** Seed of the simulation's random source (the same seed gives the same picture). */
  seed?: number;
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

interface SimNode extends SimulationNodeDatum {
  id: string;
  weight: number;
}
interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
}

/**
 * The linked part with d3-force: many-body repulsion (heavier nodes push more), springs along the
 * edges (stronger edges pull closer), a collision radius so labels do not sit on each other, and a
 * pull to the centre; the seeded random source makes the same graph give the same picture. The
 * result is fitted into the box with a margin.
 */
function springLayout(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  options: LayoutOptions,
): Map<string, Positioned> {
  const { width, height } = options;
  const pos = new Map<string, Positioned>();
  if (nodes.length === 0) return pos;
  const only = nodes[0];
  if (nodes.length === 1 && only !== undefined) {
    pos.set(only.id, { x: width / 2, y: height / 2 });
    return pos;
  }
  const sim: SimNode[] = nodes.map((n) => ({ id: n.id, weight: n.weight ?? 1 }));
  const known = new Set(sim.map((n) => n.id));
  const links: SimLink[] = edges
    .filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight ?? 1 }));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const maxNode = Math.max(1, ...sim.map((n) => n.weight));
  const spacing = Math.sqrt((width * height) / nodes.length) * 0.5;
  const simulation = forceSimulation(sim)
    .randomSource(randomLcg(options.seed ?? 1))
    .force(
      'charge',
      forceManyBody<SimNode>().strength((n) => -spacing * (2 + 2 * Math.sqrt(n.weight / maxNode))),
    )
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((n) => n.id)
        .distance((l) => spacing * (1.2 - (0.6 * l.weight) / maxWeight)),
    )
    .force('collide', forceCollide<SimNode>(30))
    .force('x', forceX<SimNode>(0).strength(0.05))
    .force('y', forceY<SimNode>(0).strength(0.05))
    .stop();
  simulation.tick(options.iterations ?? 300);
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const margin = 40;
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min(
    (width - 2 * margin) / Math.max(1e-9, maxX - minX),
    (height - 2 * margin) / Math.max(1e-9, maxY - minY),
  );
  const ox = (width - s * (maxX - minX)) / 2;
  const oy = (height - s * (maxY - minY)) / 2;
  sim.forEach((node, i) => {
    pos.set(node.id, { x: ox + ((xs[i] ?? 0) - minX) * s, y: oy + ((ys[i] ?? 0) - minY) * s });
  });
  return pos;
}

/**
 * Pan and zoom as one transform: zooming keeps the point under the cursor in place. By hand rather
 * than d3-zoom: React owns the SVG here, and this is the one formula d3-zoom would apply to it.
 */
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
