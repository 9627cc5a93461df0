export const CARD_MARKS_CSS: string;
/** The contents card-marks.css should have. */
export function cardMarksCss(): string;
/** A mask shape as an SVG painted in `colour`, its cut-outs kept. */
export function coloured(svg: string, colour: string): string;
