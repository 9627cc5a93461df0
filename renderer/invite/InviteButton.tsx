import { useEffect, useState, type JSX } from 'react';
import { api } from '../api';
import { Icon } from '../shell/Icon';
import { useRoomView } from '../state/roomStore';
import { connectedCount, RoomDialog } from './RoomDialog';

let canHostRoom: Promise<boolean> | null = null;

/** Whether this host can open a room (the browser host and the desktop app can; asked once). */
function useCanHostRoom(): boolean {
  const [can, setCan] = useState(false);
  useEffect(() => {
    let live = true;
    canHostRoom ??= api['host.info']({}).then((info) => info.ok && info.value.room === true);
    void canHostRoom.then((yes) => live && setCan(yes));
    return () => {
      live = false;
    };
  }, []);
  return can;
}

/** `Invite the room`: opens the workshop to participants and shows the join screen; while the room is open it says how many are connected. */
export function InviteButton(): JSX.Element | null {
  const can = useCanHostRoom();
  const { room } = useRoomView();
  const [open, setOpen] = useState(false);
  if (!can) return null;
  const connected = connectedCount(room);
  return (
    <>
      <button
        type="button" className="fs-icon-button fs-room-button" aria-label="Invite the room" aria-pressed={room !== null}
        title={room ? `The room is open: ${connected} connected. Show the join screen.` : 'Invite the room: participants join from their own devices'}
        onClick={() => setOpen(true)}
      >
        <Icon name="room" />
        {room && <span className="fs-room-badge" aria-hidden="true">{connected}</span>}
      </button>
      {open && <RoomDialog onClose={() => setOpen(false)} />}
    </>
  );
}
