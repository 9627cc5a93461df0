import { describe, expect, it } from 'vitest';
import { connectorPathData, connectorPiecesData } from '../../../renderer/canvas/edges/connectorPath';

const route = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 60 }, { x: 200, y: 60 }];

describe('connector paths', () => {
  it('draws a route as one polyline with rounded corners', () => {
    expect(connectorPathData(route)).toBe('M0 0 L92 0 Q100 0 100 8 L100 52 Q100 60 108 60 L200 60');
    expect(connectorPathData([{ x: 1, y: 2 }, { x: 3, y: 2 }])).toBe('M1 2 L3 2');
    expect(connectorPathData([])).toBe('');
  });

  it('cuts a route into straight single-segment lines and its corners, meeting end to end', () => {
    const { lines, corners } = connectorPiecesData(route);
    expect(lines).toEqual(['M0 0 L92 0', 'M100 8 L100 52', 'M108 60 L200 60']);
    expect(corners).toBe('M92 0 Q100 0 100 8 M100 52 Q100 60 108 60');
  });

  it('keeps corners small on short runs', () => {
    const { lines } = connectorPiecesData([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }]);
    expect(lines).toEqual(['M0 0 L5 0', 'M10 5 L10 10']);
    expect(connectorPiecesData([])).toEqual({ lines: [], corners: '' });
  });
});
