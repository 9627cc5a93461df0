/** A part of the blueprint, in blueprint coordinates. */
export interface Area { x: number; y: number; width: number; height: number }

/** What the toolbar and shortcuts may ask of the canvas on screen. */
export interface CanvasController {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Pans so that a card is on screen (cards off screen are not rendered). */
  reveal(cardId: string): void;
  /** The cell new cards go to when nothing is selected: the one in the middle of the screen. */
  cellInView(): { laneId: string; stepId: string } | null;
  /** The cell and place in it under a point of the window, for things dropped from outside the canvas. */
  dropAt(clientX: number, clientY: number): { laneId: string; stepId: string; index: number } | null;
}

let controller: CanvasController | null = null;

export function setCanvasController(next: CanvasController | null): void {
  controller = next;
}

export function canvas(): CanvasController | null {
  return controller;
}
