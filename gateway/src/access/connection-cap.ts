/**
 * At most WS_MAX_CONNECTIONS_PER_ADDRESS open WebSocket connections per client
 * address and gateway process (0: no cap): one client cannot hold every socket
 * and file handle of the gateway. Over the cap the upgrade is answered 429.
 */
import { envInt } from '@kaarst/kit/common';

export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 32;

export const maxConnectionsFromEnv = () =>
  envInt('WS_MAX_CONNECTIONS_PER_ADDRESS', DEFAULT_MAX_CONNECTIONS_PER_ADDRESS);

export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(readonly maxPerAddress: number) {}

  /** Takes a place for `address`; false when it holds the maximum already. */
  take(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (this.maxPerAddress > 0 && count >= this.maxPerAddress) return false;
    this.open.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const count = (this.open.get(address) ?? 1) - 1;
    if (count <= 0) this.open.delete(address);
    else this.open.set(address, count);
  }
}

const TOO_MANY_CONNECTIONS_BODY = JSON.stringify({
  errors: [
    {
      message: 'Too many open WebSocket connections from this address.',
      extensions: { code: 'TOO_MANY_CONNECTIONS' },
    },
  ],
});
/** The raw HTTP answer to an upgrade over the cap (the socket is not yet a WebSocket). */
export const TOO_MANY_CONNECTIONS_RESPONSE = [
  'HTTP/1.1 429 Too Many Requests',
  'Content-Type: application/json',
  'Retry-After: 60',
  `Content-Length: ${Buffer.byteLength(TOO_MANY_CONNECTIONS_BODY)}`,
  'Connection: close',
  '',
  TOO_MANY_CONNECTIONS_BODY,
].join('\r\n');
