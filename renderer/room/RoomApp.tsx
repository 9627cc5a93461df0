import { useCallback, useEffect, useState, type JSX } from 'react';
import type { OpenedWorkshop } from '../../shared/api/contract';
import type { RoomState } from '../../shared/room/state';
import { roomPost } from '../api';
import { openDocument, useSession } from '../state/documentStore';
import { takeRoomNews, useRoomView } from '../state/roomStore';
import { guardUnsentEdits } from '../state/leaveGuard';
import { JoinScreen } from './JoinScreen';
import { ParticipantView } from './ParticipantView';

type Phase = { name: 'checking' } | { name: 'join'; notice: string | null } | { name: 'in' };

/**
 * A participant's page: if this device joined already (its token is in a cookie), straight to
 * the workshop; else the join screen. When the facilitator ends the room or removes this
 * person, the page says so.
 */
export function RoomApp(): JSX.Element {
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const session = useSession();
  const { ended } = useRoomView();

  const enter = useCallback(async () => {
    const result = await roomPost('/room/api/room.state', {});
    if (!result.ok) return setPhase({ name: 'join', notice: null });
    const { opened, room } = result.value as { opened: OpenedWorkshop; room: RoomState };
    // Benchmarks time "joined → blueprint painted" from this mark.
    performance.mark('frontstage:room-entered');
    openDocument(opened);
    takeRoomNews({ type: 'room', room });
    setPhase({ name: 'in' });
  }, []);

  useEffect(() => void enter(), [enter]);
  useEffect(guardUnsentEdits, []);

  if (ended) {
    return (
      <main className="fs-join">
        <div className="fs-join-card" role="status">
          <p className="fs-join-brand">Frontstage</p>
          <h1>{ended}</h1>
          <p className="fs-muted">Everything you added stays in the workshop on the facilitator's computer.</p>
        </div>
      </main>
    );
  }
  if (phase.name === 'checking') return <div className="fs-boot" role="status">Opening the room…</div>;
  if (phase.name === 'join' || !session) return <JoinScreen onJoined={() => void enter()} notice={phase.name === 'join' ? phase.notice : null} />;
  return <ParticipantView />;
}
