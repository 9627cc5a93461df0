import { useState, type JSX } from 'react';
import { api } from '../api';
import { openDocument, useSession } from '../state/documentStore';
import { Modal } from './Modal';
import { fileName } from './paths';
import '../components/components.css';

/** After a crash: keep the unsaved work found in the working copy, or go back to the saved file. */
export function RecoveryPrompt(): JSX.Element | null {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!session) return null;

  const choose = async (choice: 'restore' | 'discard') => {
    setBusy(true);
    setProblem(null);
    const result = await api['workshop.recover']({ session: session.session, choice });
    setBusy(false);
    if (result.ok) openDocument(result.value);
    else setProblem(result.error.message);
  };

  return (
    <Modal title="Restore unsaved changes?" tone="warning" lead={<>Frontstage closed before the last changes to <strong>{fileName(session.status.path)}</strong> were saved.</>}>
      <div className="fs-modal-body">
        <p>
          <strong>Restore</strong> keeps the work you did after the last save. <strong>Discard</strong> opens the file as it was
          last saved; the unsaved changes are then gone.
        </p>
        {problem && <p className="fs-error" role="alert">{problem}</p>}
      </div>
      <div className="fs-modal-foot">
        <button type="button" className="fs-btn" disabled={busy} onClick={() => void choose('discard')}>Discard changes</button>
        <button type="button" className="fs-btn fs-btn-primary" disabled={busy} data-autofocus onClick={() => void choose('restore')}>Restore changes</button>
      </div>
    </Modal>
  );
}
