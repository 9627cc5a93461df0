import type { JSX } from 'react';
import { timerState } from '../../shared/facilitation/timer';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { Timer } from './Timer';
import { useView } from './view';

const selectState = (doc: WorkshopDoc) => timerState(doc.workshop.timer);

/** The compact Timer in presentation mode's bar, when the facilitator uses the timer (shown, running or paused). */
export function PresentationTimer(): JSX.Element | null {
  const { timerOpen } = useView();
  const state = useDoc(selectState);
  return timerOpen || state !== 'idle' ? <Timer variant="compact" /> : null;
}
