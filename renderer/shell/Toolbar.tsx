import type { JSX, ReactNode } from 'react';
import { closeDocument, useCanRedo, useCanUndo, useDoc, useUndoLabel } from '../state/documentStore';
import { useUi } from '../state/ui';
import { useInsights } from '../insights/insightsStore';
import { ACTIONS } from '../actions/appActions';
import { shortcutText, type Action } from '../actions/registry';
import { SaveStatus } from './SaveStatus';
import { FileMenu } from './FileMenu';
import { Icon, type IconName } from './Icon';
import { InviteButton } from '../invite/InviteButton';
import type { WorkshopDoc } from '../../shared/model';
import { useView } from '../facilitation/view';

const selectTitle = (doc: WorkshopDoc) => doc.workshop.title;
const selectTimerRunning = (doc: WorkshopDoc) => doc.workshop.timer.startedAt !== null;

function tip(action: Action, extra?: string): string {
  const keys = action.shortcuts.map((s) => shortcutText(s)).join(' or ');
  return `${extra ?? action.label}${keys ? ` (${keys})` : ''}`;
}

function ToolButton({ action, icon, label, disabled, pressed, compact, children }: { action: Action; icon: IconName; label?: string; disabled?: boolean; pressed?: boolean; compact?: boolean; children?: ReactNode }): JSX.Element {
  return (
    <button type="button" className={`fs-tool${compact ? ' is-compact' : ''}`} title={tip(action)} onClick={action.run} disabled={disabled} aria-pressed={pressed}>
      <Icon name={icon} />
      <span className="fs-tool-label">{label ?? action.label}</span>
      {children}
    </button>
  );
}

function IconTool({ action, icon, pressed }: { action: Action; icon: IconName; pressed?: boolean }): JSX.Element {
  return (
    <button type="button" className="fs-icon-button" title={tip(action)} aria-label={action.label} onClick={action.run} aria-pressed={pressed}>
      <Icon name={icon} />
    </button>
  );
}

export function Toolbar(): JSX.Element {
  const title = useDoc(selectTitle);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const undoLabel = useUndoLabel();
  const ui = useUi();
  const insights = useInsights();
  const facilitation = useView();
  const timerRunning = useDoc(selectTimerRunning);
  return (
    <header className="fs-toolbar">
      <div className="fs-toolbar-start">
        <button type="button" className="fs-brand" onClick={() => void closeDocument()} title="Close this workshop and go back to the start screen" aria-label="Close workshop">
          <Icon name="logo" />
        </button>
        <h1 className="fs-title" title={title}>{title || 'Untitled workshop'}</h1>
      </div>
      <div className="fs-toolbar-middle">
        <ToolButton action={ACTIONS.addCard} icon="plus" />
        <span className="fs-divider" aria-hidden="true" />
        {/* Named by aria-label too: below 1440 px the words give way to the title and tabs (shell.css). */}
        <button type="button" className="fs-tool is-compact" aria-label="Undo" title={tip(ACTIONS.undo, undoLabel ? `Undo ${undoLabel.toLowerCase()}` : 'Undo')} onClick={ACTIONS.undo.run} disabled={!canUndo}>
          <Icon name="undo" />
          <span className="fs-tool-label">Undo</span>
        </button>
        <button type="button" className="fs-tool is-compact" aria-label="Redo" title={tip(ACTIONS.redo)} onClick={ACTIONS.redo.run} disabled={!canRedo}>
          <Icon name="redo" />
          <span className="fs-tool-label">Redo</span>
        </button>
        <span className="fs-divider" aria-hidden="true" />
        <IconTool action={ACTIONS.zoomOut} icon="minus" />
        <IconTool action={ACTIONS.fit} icon="fit" />
        <IconTool action={ACTIONS.zoomIn} icon="plus" />
        <span className="fs-divider" aria-hidden="true" />
        <ToolButton action={ACTIONS.vote} icon="vote" compact />
        <ToolButton action={ACTIONS.timer} icon="timer" pressed={facilitation.timerOpen} compact>
          {timerRunning && !facilitation.timerOpen && <span className="fs-tool-running" aria-hidden="true" />}
        </ToolButton>
      </div>
      <div className="fs-toolbar-end">
        <FileMenu />
        <SaveStatus />
        <IconTool action={ACTIONS.parkingLot} icon="parking" pressed={facilitation.parkingOpen} />
        <IconTool action={ACTIONS.theme} icon={ui.theme === 'dark' ? 'sun' : 'moon'} />
        <IconTool action={ACTIONS.presentation} icon="present" pressed={ui.presentation} />
        <InviteButton />
        <ToolButton action={ACTIONS.insights} icon="insights" pressed={insights.open} />
        <ToolButton action={ACTIONS.export} icon="export" />
      </div>
    </header>
  );
}
