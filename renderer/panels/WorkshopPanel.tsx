import type { JSX } from 'react';
import { AgendaSection } from './AgendaSection';
import { BrandSection } from './BrandSection';
import { DetailsSection } from './DetailsSection';
import { ParkingLotSection } from './ParkingLotSection';
import { ParticipantsSection } from './ParticipantsSection';
import { SegmentsSection } from './SegmentsSection';
import './panels.css';

/** Everything about the workshop that is not on a blueprint. */
export function WorkshopPanel(): JSX.Element {
  return (
    <aside className="fs-panel" aria-label="Workshop details">
      <header className="fs-panel-head">
        <h2>Workshop</h2>
      </header>
      <DetailsSection />
      <ParticipantsSection />
      <BrandSection />
      <SegmentsSection />
      <AgendaSection />
      <ParkingLotSection />
    </aside>
  );
}
