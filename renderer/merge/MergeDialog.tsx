import { useEffect, useId, useState, type FormEvent, type JSX } from 'react';
import { api } from '../api';
import { Modal } from '../dialogs/Modal';
import { ConflictList } from './ConflictList';
import { IncomingList } from './IncomingList';
import { MergePreview } from './MergePreview';
import { applyMerge, closeMerge, reviewCopy, useMerge } from './mergeStore';
import './merge.css';

/** Which copy to merge: the system's file dialog on the desktop, a path in the browser host. */
function PickCopy({ path, busy }: { path: string; busy: boolean }): JSX.Element {
  const id = useId();
  const [typed, setTyped] = useState(path);
  const [native, setNative] = useState(false);
  useEffect(() => {
    let live = true;
    void api['host.info']({}).then((r) => live && r.ok && setNative(r.value.nativeDialogs));
    return () => { live = false; };
  }, []);
  const pick = async () => {
    const picked = await api['workshop.pickOpen']({});
    if (picked.ok && picked.value.path) void reviewCopy(picked.value.path);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) void reviewCopy(typed.trim());
  };
  return (
    <form id={`${id}-form`} className="fs-modal-body fs-merge-pick" onSubmit={submit}>
      <p>
        Bring in what someone else did in their copy of this workshop. Changes made in only one copy are taken as they are;
        where both copies changed the same thing, you choose, and see the result before anything changes.
      </p>
      <label htmlFor={`${id}-path`} className="fs-field-label">Path of the other copy</label>
      <div className="fs-inline-add">
        <input
          id={`${id}-path`} className="fs-input" type="text" value={typed} spellCheck={false} data-autofocus
          placeholder="/home/you/Shared/resort (Ana).frontstage" onChange={(e) => setTyped(e.target.value)}
        />
        {native && <button type="button" className="fs-btn" disabled={busy} onClick={() => void pick()}>Choose a file…</button>}
        <button type="submit" className="fs-btn fs-btn-primary" disabled={busy || !typed.trim()}>Review changes</button>
      </div>
    </form>
  );
}

/** File › Merge a copy…: pick the other copy, review what comes in and each conflict, preview, apply. */
export function MergeDialog(): JSX.Element | null {
  const merge = useMerge();
  if (!merge.open) return null;
  const review = merge.review;
  const lead = review
    ? <>From <strong>{review.file}</strong>: {review.added} added, {review.changed} changed, {review.deleted} deleted, {review.conflicts.length} conflict{review.conflicts.length === 1 ? '' : 's'}.</>
    : 'Another copy of this workshop, for example one a colleague edited offline.';
  return (
    <Modal title="Merge a copy" lead={lead} onClose={closeMerge} wide={review !== null}>
      {review ? (
        <div className="fs-merge" aria-busy={merge.busy}>
          <div className="fs-merge-lists">
            <ConflictList conflicts={review.conflicts} choices={merge.choices} busy={merge.busy} />
            <IncomingList items={review.items} />
          </div>
          <MergePreview review={review} />
        </div>
      ) : (
        <PickCopy path={merge.path} busy={merge.busy} />
      )}
      <div className="fs-modal-foot">
        <p className="fs-export-status" role="status">{merge.busy ? (review ? 'Merging again with your choice…' : 'Reading the copy…') : ''}</p>
        {merge.problem && <p className="fs-error" role="alert">{merge.problem}</p>}
        <button type="button" className="fs-btn" onClick={closeMerge}>Cancel</button>
        {review && (
          <button type="button" className="fs-btn fs-btn-primary" data-autofocus aria-disabled={merge.busy} onClick={applyMerge}>
            Apply merge
          </button>
        )}
      </div>
    </Modal>
  );
}
