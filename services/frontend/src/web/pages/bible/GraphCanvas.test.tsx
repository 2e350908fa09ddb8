// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphView } from '../../lib/api/types.ts';
import { PROJECT } from '../../testing/render.tsx';
import { GraphCanvas, placeLabels } from './GraphCanvas.tsx';

afterEach(cleanup);

const GRAPH: GraphView = {
  nodes: [
    { id: 'a', name: 'Alice', type: 'character', mentionCount: 300 },
    { id: 'r', name: 'White Rabbit', type: 'character', mentionCount: 40 },
    { id: 'q', name: 'Queen', type: 'character', mentionCount: 60 },
  ],
  edges: [
    { source: 'a', target: 'r', type: 'co_occurs', directed: false, weight: 5, labels: [] },
    { source: 'a', target: 'q', type: 'co_occurs', directed: false, weight: 2, labels: [] },
  ],
};

describe('GraphCanvas', () => {
  it('draws every entity as a node reachable by keyboard, named with its kind and mentions', () => {
    render(<GraphCanvas project={PROJECT} graph={GRAPH} />);
    const nodes = screen.getAllByRole('button', { name: /mentions$/ });
    expect(nodes.map((n) => n.getAttribute('aria-label'))).toEqual([
      'Alice, Character, 300 mentions',
      'White Rabbit, Character, 40 mentions',
      'Queen, Character, 60 mentions',
    ]);
    for (const n of nodes) expect(n.getAttribute('tabindex')).toBe('0');
  });

  it('opens the entity on Enter', () => {
    render(<GraphCanvas project={PROJECT} graph={GRAPH} />);
    fireEvent.keyDown(screen.getByRole('button', { name: /^White Rabbit/ }), { key: 'Enter' });
    expect(window.location.pathname).toBe('/projects/p1/bible/entity/r');
  });

  it('zooms with the buttons', () => {
    const { container } = render(<GraphCanvas project={PROJECT} graph={GRAPH} />);
    const transform = () => container.querySelector('svg g')?.getAttribute('transform');
    const before = transform();
    fireEvent.click(screen.getByRole('button', { name: /Zoom in/ }));
    expect(transform()).not.toBe(before);
  });
});

describe('placeLabels', () => {
  it('keeps every placed label off the others and off the circles, the most mentioned first', () => {
    const names = [
      { id: 'a', text: 'Alice', x: 100, y: 100, r: 19 },
      // Right beside Alice: its name would cover hers.
      { id: 'b', text: 'Alice Liddell', x: 110, y: 104, r: 6 },
      { id: 'c', text: 'Queen', x: 400, y: 300, r: 10 },
    ];
    const links = [
      { id: 'a-c', text: 'enemy', x: 250, y: 200 },
      // On top of the Queen's circle.
      { id: 'x', text: 'sister', x: 400, y: 300 },
    ];
    const placed = placeLabels(names, links);
    expect([...placed.keys()].sort()).toEqual(['a', 'a-c', 'c']);
  });

  it('draws typed links with their words and "appears with" links dashed, without words', () => {
    const { container } = render(
      <GraphCanvas
        project={PROJECT}
        graph={{
          ...GRAPH,
          edges: [
            ...GRAPH.edges,
            { source: 'q', target: 'r', type: 'works_for', directed: true, weight: 1, labels: ['herald'] },
          ],
        }}
      />,
    );
    expect(container.querySelectorAll('.edge-co')).toHaveLength(2);
    expect([...container.querySelectorAll('.edge-label text')].map((t) => t.textContent)).toEqual(['herald']);
  });
});
