/**
 * Third-party API keys at the gateway: `X-API-Key` verified with the hub's public
 * key (no database on the request path), refused once revoked. The revoked ids
 * come from the citizens subgraph's `revokedApiKeyIds`, fetched at start and every
 * API_KEY_REVOCATION_REFRESH_MS; a revoked key stops working at every gateway
 * within that time. The same poll brings the deleted accounts (`deletedAccountIds`),
 * whose keys and sessions are refused too. The lists only grow, so a failed
 * refresh keeps the last ones. It also brings the accounts whose earlier sessions a
 * password reset ended (`sessionCutoffs`): their sessions issued before are refused.
 */
import {
  type ApiKeyClaims,
  CONTEXT_HEADER,
  HttpRefusal,
  type HubKeys,
  type Logger,
  signContextToken,
  verifyApiKey,
} from '@kaarst/kit/common';
import { Agent, fetch as undiciFetch } from 'undici';

export const DEFAULT_REVOCATION_REFRESH_MS = 10_000;
const VERIFIED_CACHE_SIZE = 1000;

export const invalidApiKey = (message = 'The API key is not valid.') =>
  new HttpRefusal(401, 'INVALID_API_KEY', message);

export interface ApiKeyRegistryOptions {
  keys: HubKeys;
  log: Logger;
  /** The citizens subgraph's GraphQL URL, once known (null: no citizens subgraph in this supergraph). */
  citizensUrl: () => string | undefined;
  refreshMs?: number;
}

export class ApiKeyRegistry {
  private readonly revoked = new Set<string>();
  private readonly deletedAccounts = new Set<string>();
  /** Account id → sessions issued before this instant (ms) are ended. */
  private readonly sessionCutoffs = new Map<string, number>();
  // Verifying an Ed25519 signature costs more than the rest of the check: remember good keys.
  private readonly verified = new Map<string, ApiKeyClaims>();
  private timer: NodeJS.Timeout | undefined;
  private lastRefresh: Date | undefined;
  // Its own connection, closed with the registry: a kept-alive socket would hold the subgraph's shutdown.
  private readonly agent = new Agent({ connections: 1 });

  constructor(private readonly options: ApiKeyRegistryOptions) {}

  /** The key's claims; no header gives null; a bad or revoked key throws INVALID_API_KEY (401). */
  async verify(raw: string | string[] | undefined): Promise<ApiKeyClaims | null> {
    if (raw === undefined) return null;
    if (Array.isArray(raw) || raw.trim() === '') throw invalidApiKey('Send one API key in X-API-Key.');
    const key = raw.trim();
    let claims = this.verified.get(key);
    if (!claims) {
      const checked = await verifyApiKey(key, this.options.keys);
      if (!checked) throw invalidApiKey();
      claims = checked;
      if (this.verified.size >= VERIFIED_CACHE_SIZE)
        this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(key, claims);
    }
    if (this.revoked.has(claims.id)) throw invalidApiKey('This API key has been revoked.');
    if (this.deletedAccounts.has(claims.ownerId))
      throw invalidApiKey('The account of this API key was deleted.');
    return claims;
  }

  /** Whether the account was deleted: its sessions are refused until they expire. */
  isDeletedAccount(accountId: string): boolean {
    return this.deletedAccounts.has(accountId);
  }

  /** Whether a password reset ended this session (issued before the account's cutoff). */
  isEndedSession(accountId: string, issuedAt: Date | undefined): boolean {
    const cutoff = this.sessionCutoffs.get(accountId);
    return cutoff !== undefined && (issuedAt?.getTime() ?? 0) < cutoff;
  }

  /** Fetches the revoked ids now; false when the citizens subgraph could not be asked. */
  async refresh(): Promise<boolean> {
    const url = this.options.citizensUrl();
    if (!url) return false;
    try {
      const response = await undiciFetch(url, {
        dispatcher: this.agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CONTEXT_HEADER]: await signContextToken(this.options.keys, null, { gatewayService: true }),
        },
        body: JSON.stringify({
          query: '{ revokedApiKeyIds deletedAccountIds sessionCutoffs { accountId validFrom } }',
        }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await response.json()) as {
        data?: {
          revokedApiKeyIds?: string[];
          deletedAccountIds?: string[];
          sessionCutoffs?: Array<{ accountId: string; validFrom: string }>;
        };
      };
      const ids = body.data?.revokedApiKeyIds;
      const deleted = body.data?.deletedAccountIds;
      if (!Array.isArray(ids) || !Array.isArray(deleted))
        throw new Error(`unexpected answer (HTTP ${response.status})`);
      for (const id of ids) this.revoked.add(id);
      for (const id of deleted) this.deletedAccounts.add(id);
      for (const { accountId, validFrom } of body.data?.sessionCutoffs ?? [])
        this.sessionCutoffs.set(accountId, Date.parse(validFrom));
      this.lastRefresh = new Date();
      return true;
    } catch (error) {
      this.options.log.warn(
        { err: error, lastRefresh: this.lastRefresh?.toISOString() ?? 'never' },
        'could not refresh the revoked API keys; keeping the last list',
      );
      return false;
    }
  }

  start(): void {
    void this.refresh();
    this.timer = setInterval(
      () => void this.refresh(),
      this.options.refreshMs ?? DEFAULT_REVOCATION_REFRESH_MS,
    );
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.agent.destroy();
  }
}
