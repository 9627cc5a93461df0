// The facilitator's side of the room tests: a host serving the built UI and room page, and a
// workshop opened on it with its room turned on, as `frontstage serve FILE --room` does.
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../../main/serve';
import type { OpenedWorkshop } from '../../../shared/api/contract';
import type { RoomState } from '../../../shared/room/state';
import { root } from '../host/harness';
import { post } from '../sync/netClient';
import { roomAt, type RoomAt } from './roomClient';

export function startRoomHost(workDir: string): Promise<RunningHost> {
  return startHost({ staticDir: join(root, 'dist', 'renderer'), roomDir: join(root, 'dist', 'room'), workDir, version: 'test', log: () => {} });
}

/** Opens `file` on `host` and turns its room on at 127.0.0.1: the workshop, the room and its address. */
export async function openRoom(host: RunningHost, file: string): Promise<{ opened: OpenedWorkshop; room: RoomState; at: RoomAt }> {
  const opened = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  const room = await post<RoomState>(host.port, host.token, 'room.open', { session: opened.value.session, address: '127.0.0.1' });
  if (!room.ok) throw new Error(room.error.message);
  return { opened: opened.value, room: room.value, at: roomAt(room.value.join!.url) };
}
