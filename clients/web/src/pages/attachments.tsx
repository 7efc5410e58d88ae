/**
 * A request's photos and PDFs: the list with a download link each (for files
 * that have arrived), and a small form to add another. A link is valid for five
 * minutes, and a page stays open longer: a click asks for a fresh one first.
 */
import { createSignal, For, Show } from 'solid-js';
import { uploadAttachment } from '../attachments.ts';
import { PortalRequestAttachmentLinksDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { refusalText, tf } from '../i18n-attachments.ts';

export const ACCEPTED_FILES = 'image/jpeg,image/png,image/webp,application/pdf';

type Attachment = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt?: string | null;
  downloadUrl?: string | null;
};

const kindOf = (contentType: string) => contentType.split('/')[1]?.toUpperCase() ?? contentType;

function sizeText(bytes: number): string {
  const kilobytes = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024
    ? `${kilobytes.format(bytes / 1024)} kB`
    : `${kilobytes.format(bytes / 1024 / 1024)} MB`;
}

async function downloadFresh(event: MouseEvent, requestId: string, attachment: Attachment) {
  // A new tab or window (modifier keys) takes the link as it is.
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const result = await client()
    .query(PortalRequestAttachmentLinksDocument, { requestId }, { requestPolicy: 'network-only' })
    .toPromise();
  const fresh = result.data?.serviceRequest?.attachments.find((a) => a.id === attachment.id)?.downloadUrl;
  const url = fresh ?? attachment.downloadUrl;
  // The hub sends it as an attachment: the browser downloads it and stays on this page.
  if (url) window.location.assign(url);
}

export function AttachmentList(props: { requestId: string; attachments: Attachment[] }) {
  return (
    <Show when={props.attachments.length > 0}>
      <h4>{tf().attachments}</h4>
      <ul class="attachments">
        <For each={props.attachments}>
          {(attachment) => (
            <li>
              <Show
                when={attachment.uploadedAt && attachment.downloadUrl}
                fallback={
                  <>
                    {attachment.fileName} ({tf().notYetArrived})
                  </>
                }
              >
                {(url) => (
                  <a
                    href={url()}
                    download={attachment.fileName}
                    onClick={(event) => downloadFresh(event, props.requestId, attachment)}
                  >
                    {tf().download(
                      attachment.fileName,
                      `${kindOf(attachment.contentType)}, ${sizeText(attachment.size)}`,
                    )}
                  </a>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export function AddAttachmentForm(props: { requestId: string; onUploaded: (fileName: string) => void }) {
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const inputId = () => `attachment-${props.requestId}`;
  let input!: HTMLInputElement;

  async function upload(event: SubmitEvent) {
    event.preventDefault();
    const file = input.files?.[0];
    setProblem('');
    if (!file) return setProblem(tf().chooseFileFirst);
    setBusy(true);
    const refused = await uploadAttachment(props.requestId, file);
    setBusy(false);
    if (refused) {
      setProblem(refusalText(refused));
      input.focus();
      return;
    }
    input.value = '';
    props.onUploaded(file.name);
  }

  return (
    <form class="add-attachment" onSubmit={upload}>
      <label for={inputId()}>{tf().addFile}</label>
      <input
        ref={input}
        id={inputId()}
        name="file"
        type="file"
        accept={ACCEPTED_FILES}
        aria-describedby={`${inputId()}-hint${problem() ? ` ${inputId()}-error` : ''}`}
        aria-invalid={problem() !== ''}
      />
      <p id={`${inputId()}-hint`} class="hint">
        {tf().fileHint}
      </p>
      <Show when={problem()}>
        <p id={`${inputId()}-error`} class="message error" role="alert">
          {problem()}
        </p>
      </Show>
      <button type="submit" disabled={busy()}>
        {busy() ? tf().uploading : tf().upload}
      </button>
    </form>
  );
}
