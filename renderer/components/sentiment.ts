import { SENTIMENT_NAMES } from '../../shared/render/markRow';

// The canvas, the legend and the exports say sentiment in the same words.
export { sentimentName } from '../../shared/render/markRow';
/** The suffix of the theme's `--fs-sentiment-*` colour for a sentiment, rounded to the scale. */
export { sentimentKey as sentimentVar } from '../../shared/render/markShapes';

export const SENTIMENTS = ([-2, -1, 0, 1, 2] as const).map((value) => ({
  value, label: SENTIMENT_NAMES[value]!, short: value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0',
}));
