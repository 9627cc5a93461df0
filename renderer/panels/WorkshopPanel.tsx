import type { JSX } from 'react';
import { useSession } from '../state/documentStore';
import { startBurst } from '../components/burst';
import { AgendaSection } from './AgendaSection';
import { BrandSection } from './BrandSection';
import { DetailsSection } from './DetailsSection';
import { ParkingLotSection } from './ParkingLotSection';
import { ParticipantsSection } from './ParticipantsSection';
import { SegmentsSection } from './SegmentsSection';
import { OpenComments } from '../facilitation/OpenComments';
import { VoteRounds } from '../facilitation/VoteRounds';
import '../components/components.css';
import './panels.css';

/** Everything about the workshop that is not on a blueprint. */
export function WorkshopPanel(): JSX.Element {
  const readOnly = useSession()?.status.readOnly ?? false;
  return (
    <aside className="fs-panel" aria-label="Workshop details" onFocus={startBurst}>
      <header className="fs-panel-head">
        <h2>Workshop</h2>
      </header>
      <fieldset className="fs-form-body" disabled={readOnly}>
        <DetailsSection />
        <ParticipantsSection />
        <BrandSection />
        <SegmentsSection />
        <AgendaSection />
        <OpenComments />
        <VoteRounds />
        <ParkingLotSection />
      </fieldset>
    </aside>
  );
}
