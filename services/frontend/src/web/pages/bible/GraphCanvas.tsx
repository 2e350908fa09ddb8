import { type PointerEvent, useMemo, useRef, useState, type WheelEvent } from 'react';
import type { EntityType, GraphView, Project } from '../../lib/api/types.ts';
import { forceLayout, type View, zoomAt } from '../../lib/layout.ts';
import { navigate } from '../../lib/router.ts';
import { KIND_LABEL, NODE_CLASS } from './kinds.ts';

// Groups are drawn as organisations: one legend entry each.
const LEGEND: EntityType[] = ['character', 'location', 'organization', 'term'];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const LABEL_HEIGHT = 16;
const CHAR_WIDTH = 7;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Which labels fit: names first, the most mentioned first, then the links' words; a label that
 * would cover one already placed (or a circle) is left out, so no two labels overlap.
 */
export function placeLabels(
  names: Array<{ id: string; text: string; x: number; y: number; r: number }>,
  links: Array<{ id: string; text: string; x: number; y: number }>,
): Map<string, Box> {
  const placed = new Map<string, Box>();
  const circles: Box[] = names.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const fits = (box: Box, own?: number) =>
    ![...placed.values()].some((p) => overlaps(p, box)) &&
    !circles.some((c, i) => i !== own && overlaps(c, box));
  names.forEach((n, i) => {
    const w = n.text.length * CHAR_WIDTH + 8;
    const box = { x: n.x - w / 2, y: n.y + n.r + 4, w, h: LABEL_HEIGHT };
    if (fits(box, i)) placed.set(n.id, box);
  });
  for (const l of links) {
    const w = l.text.length * 6 + 6;
    const box = { x: l.x - w / 2, y: l.y - LABEL_HEIGHT / 2, w, h: LABEL_HEIGHT };
    if (fits(box)) placed.set(l.id, box);
  }
  return placed;
}

export function GraphCanvas({ project, graph }: { project: Project; graph: GraphView }) {
  const width = 900;
  const height = 600;
  const positions = useMemo(
    () =>
      forceLayout(
        graph.nodes.map((n) => ({ id: n.id, weight: n.mentionCount })),
        graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
        { width, height, iterations: 250, seed: 7 },
      ),
    [graph],
  );
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const [focus, setFocus] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; vx: number; vy: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentionCount));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const toSvg = (clientX: number, clientY: number) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return {
      x: ((clientX - rect.left) / rect.width) * width,
      y: ((clientY - rect.top) / rect.height) * height,
    };
  };
  const onWheel = (e: WheelEvent) => {
    const p = toSvg(e.clientX, e.clientY);
    setView((v) => zoomAt(v, e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y));
  };
  const onDown = (e: PointerEvent) => {
    if (e.target instanceof Element && e.target.closest('.node')) return;
    drag.current = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    const d = drag.current;
    const rect = svg.current?.getBoundingClientRect();
    if (!d || !rect) return;
    setView((v) => ({
      ...v,
      x: d.vx + ((e.clientX - d.x) / rect.width) * width,
      y: d.vy + ((e.clientY - d.y) / rect.height) * height,
    }));
  };
  const neighbours = new Set<string>();
  if (focus) {
    for (const e of graph.edges) {
      if (e.source === focus) neighbours.add(e.target);
      if (e.target === focus) neighbours.add(e.source);
    }
  }
  const open = (id: string) => navigate(`/projects/${project.id}/bible/entity/${id}`);
  const radius = (mentions: number) => 5 + 14 * Math.sqrt(mentions / maxMentions);
  const edgeId = (e: GraphView['edges'][number]) => `${e.source}-${e.target}-${e.type}`;
  const edgeText = (e: GraphView['edges'][number]) => e.labels[0] ?? e.type.replace(/_/g, ' ');
  // Labels that fit without covering another; the rest show when their node or a neighbour has focus.
  const labels = (() => {
    const byMentions = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount);
    return placeLabels(
      byMentions.flatMap((n) => {
        const p = positions.get(n.id);
        return p ? [{ id: n.id, text: n.name, x: p.x, y: p.y, r: radius(n.mentionCount) }] : [];
      }),
      graph.edges
        .filter((e) => e.type !== 'co_occurs')
        .flatMap((e) => {
          const a = positions.get(e.source);
          const b = positions.get(e.target);
          return a && b ? [{ id: edgeId(e), text: edgeText(e), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }] : [];
        }),
    );
  })();
  return (
    <div className="graph">
      <div className="graph-tools">
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom in"
          onClick={() => setView((v) => zoomAt(v, 1.3, width / 2, height / 2))}
        >
          +
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom out"
          onClick={() => setView((v) => zoomAt(v, 1 / 1.3, width / 2, height / 2))}
        >
          −
        </button>
        <button type="button" className="btn btn-small" onClick={() => setView({ x: 0, y: 0, scale: 1 })}>
          Reset view
        </button>
        <span className="small muted">Drag to pan, scroll to zoom, click a name to open it.</span>
      </div>
      <svg
        ref={svg}
        className="graph-svg"
        viewBox={`0 0 ${width} ${height}`}
        aria-label={`Relationship graph: ${graph.nodes.length} entities, ${graph.edges.length} links`}
        onWheel={onWheel}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
          {graph.edges.map((e) => {
            const a = positions.get(e.source);
            const b = positions.get(e.target);
            if (!a || !b) return null;
            const lit = focus && (e.source === focus || e.target === focus);
            return (
              <line
                key={edgeId(e)}
                className={`edge ${e.type === 'co_occurs' ? 'edge-co' : ''} ${lit ? 'edge-lit' : ''} ${focus && !lit ? 'dim' : ''}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={1 + (3 * e.weight) / maxWeight}
              >
                <title>{e.type === 'co_occurs' ? `appear together ${e.weight} times` : edgeText(e)}</title>
              </line>
            );
          })}
          {graph.nodes.map((n) => {
            const p = positions.get(n.id);
            if (!p) return null;
            const r = radius(n.mentionCount);
            const dim = focus && focus !== n.id && !neighbours.has(n.id);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>
              <g
                key={n.id}
                className={`node ${NODE_CLASS[n.type]} ${dim ? 'dim' : ''}`}
                transform={`translate(${p.x} ${p.y})`}
                role="button"
                tabIndex={0}
                aria-label={`${n.name}, ${KIND_LABEL[n.type]}, ${n.mentionCount} mentions`}
                onClick={() => open(n.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(n.id);
                  }
                }}
                onMouseEnter={() => setFocus(n.id)}
                onMouseLeave={() => setFocus(null)}
                onFocus={() => setFocus(n.id)}
                onBlur={() => setFocus(null)}
              >
                <circle r={r} />
              </g>
            );
          })}
          {/* The words of typed links, where they fit. */}
          {graph.edges.map((e) => {
            const box = labels.get(edgeId(e));
            if (!box || (focus && e.source !== focus && e.target !== focus)) return null;
            return (
              <g
                key={`label-${edgeId(e)}`}
                className="label edge-label"
                transform={`translate(${box.x} ${box.y})`}
              >
                <rect width={box.w} height={box.h} rx={3} />
                <text x={box.w / 2} y={12} textAnchor="middle">
                  {edgeText(e)}
                </text>
              </g>
            );
          })}
          {/* Names under the circles on a plate of the page colour, never over one another. */}
          {graph.nodes.map((n) => {
            const p = positions.get(n.id);
            if (!p) return null;
            const box = labels.get(n.id);
            const shown = n.id === focus || (focus ? neighbours.has(n.id) : box !== undefined);
            if (!shown) return null;
            const r = radius(n.mentionCount);
            const w = box?.w ?? n.name.length * CHAR_WIDTH + 8;
            return (
              <g key={`label-${n.id}`} className="label" transform={`translate(${p.x} ${p.y + r + 4})`}>
                <rect x={-w / 2} y={0} width={w} height={LABEL_HEIGHT} rx={3} />
                <text y={12} textAnchor="middle">
                  {n.name}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <p className="legend small">
        {LEGEND.map((t) => (
          <span key={t} className={`legend-item ${NODE_CLASS[t]}`}>
            <span className="swatch" aria-hidden="true" /> {KIND_LABEL[t]}
          </span>
        ))}
        <span className="legend-item">
          <span className="link-swatch" aria-hidden="true" /> relation stated in the text
        </span>
        {graph.edges.some((e) => e.type === 'co_occurs') ? (
          <span className="legend-item">
            <span className="link-swatch link-co" aria-hidden="true" /> appear together
          </span>
        ) : null}
      </p>
    </div>
  );
}
