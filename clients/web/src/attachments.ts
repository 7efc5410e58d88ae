/**
 * A photo or PDF for a request, in the hub's two steps: announce it
 * (startRequestAttachment checks type, size and count) and PUT the bytes to
 * the single-use URL on this origin, where they are checked again (HTTP 415
 * or 400 with the error code in the JSON body).
 */
import { PortalStartRequestAttachmentDocument } from './generated/graphql.ts';
import { client, errorCode } from './graphql-client.ts';

/** Null when the file arrived, else the hub's error code (e.g. FILE_TOO_LARGE). */
export async function uploadAttachment(requestId: string, file: File): Promise<string | null> {
  const started = await client()
    .mutation(PortalStartRequestAttachmentDocument, {
      requestId,
      input: { fileName: file.name, contentType: file.type, size: file.size },
    })
    .toPromise();
  const upload = started.data?.startRequestAttachment;
  if (!upload) return errorCode(started.error) ?? 'UNKNOWN';
  try {
    const response = await fetch(new URL(upload.uploadUrl, window.location.origin), {
      method: 'PUT',
      headers: { 'content-type': file.type },
      body: file,
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as {
      errors?: Array<{ extensions?: { code?: unknown } }>;
    } | null;
    const code = body?.errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : `HTTP ${response.status}`;
  } catch {
    return 'NETWORK';
  }
}
