import { useEffect, useId, useState, type JSX } from 'react';
import type { RoomPerson, RoomState } from '../../shared/room/state';
import type { Result } from '../../shared/api/contract';
import { api } from '../api';
import { Modal } from '../dialogs/Modal';
import { useSession } from '../state/documentStore';
import { takeRoomNews, useRoomView } from '../state/roomStore';
import { QrCode } from './QrCode';
import './invite.css';

/** How many of the people who joined have a page open now. */
export const connectedCount = (room: RoomState | null): number => room?.people.filter((p) => p.devices > 0).length ?? 0;

function statusOf(person: RoomPerson): string {
  const where = person.devices === 0 ? 'not connected' : person.devices === 1 ? 'connected' : `connected on ${person.devices} devices`;
  return person.role === 'viewer' ? `${where}, viewer` : where;
}

/**
 * The join screen: opening it opens the workshop to the room (the facilitator turns it on), and
 * shows, big enough for a projector, the address, the code and a QR code, how many are
 * connected and who; the facilitator can lock the board, make someone a viewer, remove
 * someone, and end the room.
 */
export function RoomDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const session = useSession();
  const { room } = useRoomView();
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(room === null);
  const id = session?.session ?? '';
  const ids = useId();

  useEffect(() => {
    if (!id || room) return;
    let live = true;
    void api['room.open']({ session: id }).then((result) => {
      if (!live) return;
      setOpening(false);
      if (result.ok) takeRoomNews({ type: 'room', room: result.value });
      else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
    // Opened once per showing of the dialog; later news arrives pushed.
  }, [id]);

  const act = async (call: Promise<Result<RoomState | { closed: true }>>) => {
    const result = await call;
    if (!result.ok) setProblem(result.error.message);
    else if ('open' in result.value) takeRoomNews({ type: 'room', room: result.value });
  };
  const end = async () => {
    const result = await api['room.close']({ session: id });
    if (!result.ok) return setProblem(result.error.message);
    takeRoomNews({ type: 'room', room: null });
    onClose();
  };

  const connected = connectedCount(room);
  return (
    <Modal title="Invite the room" lead="Participants join from their own phone or laptop on this network: no account, no cloud. The workshop stays on this computer." onClose={onClose} wide>
      <div className="fs-modal-body fs-invite">
        {problem && <p className="fs-error" role="alert">{problem}</p>}
        {opening && !room && <p role="status">Opening the room…</p>}
        {room?.join && (
          <>
            <p className="fs-invite-on">
              <strong>The room is on.</strong> Anyone on this network with the code can join and add cards, vote and comment; nothing else on this computer is reachable. End the room to stop it.
            </p>
            <div className="fs-invite-join">
              <QrCode text={room.join.url} label={`QR code of the join address ${room.join.url}`} />
              <div className="fs-invite-words">
                <p className="fs-invite-step">Scan the code, or open</p>
                <p className="fs-invite-url">{room.join.url}</p>
                <p className="fs-invite-step">Join code</p>
                <p className="fs-invite-code" aria-label={`Join code ${room.join.code.split('').join(' ')}`}>{room.join.code}</p>
                <p className="fs-invite-count" role="status">{connected === 1 ? '1 connected' : `${connected} connected`}{room.locked ? ' · board locked' : ''}</p>
              </div>
            </div>
            <h3 className="fs-invite-heading" id={`${ids}-people`}>Participants</h3>
            {room.people.length === 0 && <p className="fs-muted">Nobody has joined yet.</p>}
            <ul className="fs-invite-people" aria-labelledby={`${ids}-people`}>
              {room.people.map((person) => (
                <li key={person.participantId} className={person.devices > 0 ? 'is-connected' : ''}>
                  <span className="fs-invite-dot" aria-hidden="true" />
                  <span className="fs-invite-name">{person.name || 'Unnamed'}</span>
                  <span className="fs-invite-status">{statusOf(person)}</span>
                  <span className="fs-invite-actions">
                    <button type="button" className="fs-btn" onClick={() => void act(api['room.role']({ session: id, participantId: person.participantId, role: person.role === 'viewer' ? 'participant' : 'viewer' }))}>
                      {person.role === 'viewer' ? `Let ${person.name || 'them'} take part` : `Make ${person.name || 'them'} a viewer`}
                    </button>
                    <button type="button" className="fs-btn" onClick={() => void act(api['room.remove']({ session: id, participantId: person.participantId }))}>
                      Remove {person.name || 'them'}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {room && (
        <div className="fs-modal-foot">
          <button type="button" className="fs-btn" aria-pressed={room.locked} onClick={() => void act(api['room.lock']({ session: id, locked: !room.locked }))}>
            {room.locked ? 'Unlock the board' : 'Lock the board'}
          </button>
          <button type="button" className="fs-btn fs-btn-danger" onClick={() => void end()}>End room</button>
          <button type="button" className="fs-btn fs-btn-primary" data-autofocus onClick={onClose}>Done</button>
        </div>
      )}
    </Modal>
  );
}
