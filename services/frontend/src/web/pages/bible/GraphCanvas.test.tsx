// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphView } from '../../lib/api/types.ts';
import { PROJECT } from '../../testing/render.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';

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
