import type { JSX } from 'react';
import { BlueprintCanvas } from '../canvas/BlueprintCanvas';
import { useSession } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { setUi, useUi } from '../state/ui';
import { useShortcuts } from '../actions/useShortcuts';
import { ExportDialog } from '../dialogs/ExportDialog';
import { RecoveryPrompt } from '../dialogs/RecoveryPrompt';
import { ConflictNotice } from '../dialogs/ConflictNotice';
import { MergeDialog } from '../merge/MergeDialog';
import { Announcer } from '../feedback/Announcer';
import { Toolbar } from './Toolbar';
import { SidePanel } from './SidePanel';
import { Legend } from './Legend';
import { NoticeBar } from './NoticeBar';
import { PresentationBar } from './PresentationBar';
import { PresentationOrder } from './PresentationOrder';
import { useAfterFirstPaint } from './afterPaint';
import { useWorkshopInAddress } from './workshopAddress';
import { FindBar } from '../insights/lens/FindBar';
import { useLens } from '../insights/lens/lensStore';
import { useInsights } from '../insights/insightsStore';
import { InsightsPanel } from '../insights/InsightsPanel';
import { useEffect } from 'react';
import { reportEditing } from '../invite/presence';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { VotingBar } from '../facilitation/VotingBar';
import { BlueprintTabs } from './BlueprintTabs';
import { PresentationTimer } from '../facilitation/PresentationTimer';
import { VotesOnCardsProvider } from '../facilitation/votesOnCards';

/** The open workshop: toolbar, canvas, side panel, legend, and the prompts the session asks for. */
export function Workspace(): JSX.Element {
  useShortcuts();
  useWorkshopInAddress();
  const session = useSession();
  const { blueprintId, cardIds } = useSelection();
  // The card open in Card details is the one this window edits: others see it on the card (docs/room.md).
  const editing = cardIds.length === 1 ? cardIds[0]! : null;
  useEffect(() => reportEditing(editing), [editing]);
  const ui = useUi();
  const painted = useAfterFirstPaint();
  const lens = useLens();
  const insights = useInsights();
  return (
    <div className={`fs-app${ui.presentation ? ' is-presenting' : ''}`}>
      {!ui.presentation && <Toolbar />}
      <NoticeBar />
      <main className="fs-main">
        <div className="fs-stage">
          {/* The blueprints' tabs on a strip of their own: in the toolbar, a second tab was cut to nothing at 1280 px. */}
          {!ui.presentation && <BlueprintTabs />}
          {/* Docked above the canvas while a vote is open: it never covers the first lane's cards. */}
          {painted && !ui.presentation && <VotingBar />}
          <div className="fs-stage-canvas">
            {blueprintId ? (
            <VotesOnCardsProvider blueprintId={blueprintId}><BlueprintCanvas key={blueprintId} blueprintId={blueprintId} /></VotesOnCardsProvider>
          ) : <p className="fs-side-empty">This workshop has no blueprint yet.</p>}
            {/* Over the canvas only: its panels stop above the docked legend. */}
            {painted && <FacilitationLayer />}
          </div>
          {/* Docked under the canvas: it never covers lane headers or cards. */}
          {painted && !ui.presentation && <Legend />}
          {blueprintId && lens.open && !ui.presentation && <FindBar key={`find:${blueprintId}`} blueprintId={blueprintId} />}
        </div>
        {painted && !ui.presentation && (insights.open ? <InsightsPanel /> : <SidePanel />)}
      </main>
      {ui.presentation && <PresentationBar timer={<PresentationTimer />} />}
      {ui.presentation && ui.presentationOrderOpen && blueprintId && (
        <PresentationOrder blueprintId={blueprintId} onClose={() => setUi({ presentationOrderOpen: false })} />
      )}
      {ui.exportOpen && <ExportDialog onClose={() => setUi({ exportOpen: false })} />}
      {session?.recoveryAvailable && <RecoveryPrompt />}
      {session?.status.conflictCopy && <ConflictNotice />}
      <MergeDialog />
      <Announcer />
    </div>
  );
}
