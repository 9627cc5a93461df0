import type { Patch } from 'immer';
import type { WorkshopDoc } from '../model/types';
import { applyPatchesTo, runEdit } from './edits';
import type { Change, Edit } from './protocol';

/** An edit of this client the host has not confirmed or refused yet. */
export interface PendingEdit {
  clientSeq: number;
  edit: Edit;
  label: string;
  /** The document the edit was last run on, what that made, and the patches it took. */
  base: WorkshopDoc;
  after: WorkshopDoc;
  patches: Patch[];
}

/** What a message from the host did to this client's document. */
export interface Outcome {
  /** The document shown to the user changed. */
  viewChanged: boolean;
  /** Own edits the host committed. */
  confirmed: PendingEdit[];
  /** The host's patches did not apply here: this client has diverged and needs a snapshot. */
  diverged: boolean;
}

const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * One client's copy of a workshop: the document as the host confirmed it (`confirmed`, up to
 * `seq`), this client's edits still on their way (`pending`), and what the user sees (`view`:
 * the pending edits replayed on the confirmed document). When the host pushes changes, the
 * confirmed document moves forward and the pending edits are run again on top of it; an own
 * edit coming back from the host usually matches what was shown already and costs nothing.
 */
export class Replica {
  confirmed: WorkshopDoc;
  view: WorkshopDoc;
  seq: number;
  readonly pending: PendingEdit[] = [];
  private nextClientSeq = 1;
  // Changes that arrived ahead of one still missing (a push overtook a reply, or the reverse).
  private readonly early = new Map<number, Change>();

  constructor(readonly client: string, doc: WorkshopDoc, seq: number) {
    this.confirmed = doc;
    this.view = doc;
    this.seq = seq;
  }

  /** Records an edit already run on the view (`after`, made by `patches`); returns it for sending. */
  local(edit: Edit, label: string, after: WorkshopDoc, patches: Patch[]): PendingEdit {
    const pending: PendingEdit = { clientSeq: this.nextClientSeq++, edit, label, base: this.view, after, patches };
    this.pending.push(pending);
    this.view = after;
    return pending;
  }

  /** Takes in committed changes, in any order and any number of times; applies them in seq order. */
  receive(changes: readonly Change[]): Outcome {
    for (const change of changes) if (change.seq > this.seq) this.early.set(change.seq, change);
    const outcome: Outcome = { viewChanged: false, confirmed: [], diverged: false };
    let rebase = false;
    for (let next = this.early.get(this.seq + 1); next; next = this.early.get(this.seq + 1)) {
      this.early.delete(next.seq);
      const mine = next.client === this.client ? this.pending.findIndex((p) => p.clientSeq === next.clientSeq) : -1;
      const own = mine >= 0 ? this.pending[mine]! : null;
      if (own && mine === 0 && own.base === this.confirmed && sameJson(own.patches, next.patches)) {
        // The host did exactly what this client showed: nothing to redo.
        this.confirmed = own.after;
      } else {
        try {
          this.confirmed = applyPatchesTo(this.confirmed, next.patches);
        } catch {
          outcome.diverged = true;
          this.early.clear();
          return outcome;
        }
        rebase = true;
      }
      this.seq = next.seq;
      if (own) {
        this.pending.splice(mine, 1);
        outcome.confirmed.push(own);
      }
    }
    if (rebase) outcome.viewChanged = this.rebase();
    return outcome;
  }

  /** The host refused an own edit: it is dropped, and the others are replayed without it. */
  refuse(clientSeq: number): { refused: PendingEdit | null; viewChanged: boolean } {
    const at = this.pending.findIndex((p) => p.clientSeq === clientSeq);
    if (at < 0) return { refused: null, viewChanged: false };
    const [refused] = this.pending.splice(at, 1);
    return { refused: refused!, viewChanged: this.rebase() };
  }

  /** Starts over from the host's document; pending edits are replayed on it (and sent again). */
  reset(doc: WorkshopDoc, seq: number): boolean {
    this.confirmed = doc;
    this.seq = seq;
    for (const [key, change] of [...this.early]) {
      if (key > seq) continue;
      this.early.delete(key);
      // An own edit the host committed before the snapshot is in it already.
      const own = change.client === this.client ? this.pending.findIndex((p) => p.clientSeq === change.clientSeq) : -1;
      if (own >= 0) this.pending.splice(own, 1);
    }
    return this.rebase();
  }

  /** Changes are missing between `seq` and one that arrived: the connection lost some. */
  get waitingForGap(): boolean {
    return this.early.size > 0;
  }

  /**
   * Runs every pending edit again on the confirmed document. An edit that no longer fits
   * (its card was deleted by someone else) shows nothing; the host will refuse it too.
   */
  private rebase(): boolean {
    const before = this.view;
    let doc = this.confirmed;
    for (const p of this.pending) {
      p.base = doc;
      try {
        const result = runEdit(doc, p.edit);
        p.after = result.doc;
        p.patches = result.patches;
      } catch {
        p.after = doc;
        p.patches = [];
      }
      doc = p.after;
    }
    this.view = doc;
    return this.view !== before;
  }
}
