import { useState, type JSX } from 'react';
import { useSession } from '../state/documentStore';
import { Modal } from './Modal';
import { fileName, folderOf } from './paths';
import { openMerge } from '../merge/mergeStore';
import '../components/components.css';

/** Someone else changed the file while we worked: nothing was overwritten, and here is where ours went. */
export function ConflictNotice(): JSX.Element | null {
  const session = useSession();
  const copy = session?.status.conflictCopy ?? null;
  const [seen, setSeen] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (!session || !copy || seen === copy) return null;
  const workingInCopy = session.status.path === copy;
  // Working on in the copy: the other version is the original file, and merging it brings both together.
  const other = workingInCopy ? session.status.conflictOf ?? null : null;

  const copyPath = async () => {
    try {
      await navigator.clipboard.writeText(copy);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Modal title="The file changed on disk" tone="warning" onClose={() => setSeen(copy)} lead="Someone else saved this workshop's file while you were working.">
      <div className="fs-modal-body">
        <p>
          Nothing was overwritten. Your version was saved as a separate copy
          {workingInCopy ? ', and you go on working in it; the other version stays in the original file:' : ':'}
        </p>
        <div className="fs-path-box">
          <span className="fs-path-name">{fileName(copy)}</span>
          <span className="fs-path-folder">{folderOf(copy)}</span>
        </div>
        <p className="fs-muted">
          {other ? <>Merge brings the other version's changes into yours: you review what comes in and decide where both changed the same thing.</> : 'Open both files to compare them and bring the changes together.'}
        </p>
      </div>
      <div className="fs-modal-foot">
        <button type="button" className="fs-btn" onClick={() => void copyPath()}>{copied ? 'Path copied' : 'Copy path'}</button>
        {other && <button type="button" className="fs-btn" onClick={() => { setSeen(copy); openMerge(other); }}>Merge</button>}
        <button type="button" className="fs-btn fs-btn-primary" data-autofocus onClick={() => setSeen(copy)}>OK</button>
      </div>
    </Modal>
  );
}
