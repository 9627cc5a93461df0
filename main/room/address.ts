import { networkInterfaces } from 'node:os';

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/**
 * The address participants reach this machine at on the room's network: the first IPv4 address
 * of a network interface that is not the loopback, a private-range one first (a room's Wi-Fi),
 * else 127.0.0.1 (a machine without a network can still run a room for itself).
 */
export function lanAddress(interfaces = networkInterfaces()): string {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address);
  return candidates.find((a) => PRIVATE.some((p) => p.test(a))) ?? candidates[0] ?? '127.0.0.1';
}
