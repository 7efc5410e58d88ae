/**
 * A proposal with its support count (live) and threaded comments (a reply answers a comment).
 */
import { createEffect, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { formatDate, formatDateTime } from '../dates.ts';
import {
  PortalAddCommentDocument,
  type PortalCommentFragment,
  PortalProposalDocument,
  PortalSupportCountDocument,
  PortalSupportProposalDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { tb } from '../i18n-participation.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { BackLink, claimFocus, LoadedDetail } from './participation-shared.tsx';

export function ProposalDetail(props: { id: string }) {
  const [proposal, { refetch }] = createResource(
    () => [props.id, session()?.token ?? 'anonymous'] as const,
    async ([id]) =>
      (await client().query(PortalProposalDocument, { id }, { requestPolicy: 'network-only' }).toPromise())
        .data?.proposal ?? null,
  );
  const [count, setCount] = createSignal<{ supportCount: number; thresholdReached: boolean } | null>(null);
  const [message, setMessage] = createSignal('');
  createEffect(
    on(
      () => props.id,
      (id) => {
        setCount(null);
        const live = client()
          .subscription(PortalSupportCountDocument, { proposalId: id })
          .subscribe((result) => {
            const event = result.data?.supportCountChanged;
            if (event)
              setCount({ supportCount: event.supportCount, thresholdReached: event.thresholdReached });
          });
        onCleanup(() => live.unsubscribe());
      },
    ),
  );
  async function support() {
    if (!session()) return signInThenReturn('participation');
    const result = await client().mutation(PortalSupportProposalDocument, { id: props.id }).toPromise();
    const code = errorCode(result.error);
    if (result.data?.supportProposal) {
      setCount(result.data.supportProposal);
      setMessage(tb().supported);
      await refetch();
    } else
      setMessage(
        code === 'CONFLICT' ? tb().supported : code === 'FORBIDDEN' ? tb().notVerified : tb().failed,
      );
  }
  return (
    <LoadedDetail resource={proposal}>
      {(p) => {
        const supports = () => count()?.supportCount ?? p().supportCount;
        const reached = () => count()?.thresholdReached ?? p().thresholdReached;
        return (
          <article aria-labelledby="proposal-title">
            <BackLink />
            <h1 ref={claimFocus} id="proposal-title" tabindex="-1">
              {p().title}
            </h1>
            <p>
              {p().process.title} · {tb().category}: {p().category} · {tb().district}: {p().district} ·{' '}
              {formatDate(String(p().createdAt))}
            </p>
            <p>
              {tb().statusLabel}: <strong>{tb().status[p().status]}</strong>
            </p>
            <p class="proposal-body">{p().body}</p>
            <Show when={p().answer}>
              <section class="card" aria-labelledby="answer-title">
                <h2 id="answer-title">{tb().officialAnswer}</h2>
                <p>{p().answer}</p>
              </section>
            </Show>
            <p aria-live="polite" data-testid="support-count">
              <strong>{tb().supports(supports())}</strong>.{' '}
              {reached() ? tb().thresholdReached : tb().threshold(p().process.supportThreshold)}
            </p>
            <Show when={!p().supportedByMe} fallback={<p>{tb().supported}</p>}>
              <button type="button" onClick={support}>
                {session() ? tb().support : tb().supportSignIn}
              </button>
            </Show>
            <Show when={message()}>
              <p role="status">{message()}</p>
            </Show>
            <section aria-labelledby="comments-title">
              <h2 id="comments-title">{tb().commentsTitle}</h2>
              <Show when={p().comments.length > 0} fallback={<p>{tb().noComments}</p>}>
                <ul class="comments">
                  <For each={p().comments}>
                    {(c) => <CommentItem comment={c} proposalId={p().id} onPosted={refetch} depth={1} />}
                  </For>
                </ul>
              </Show>
              <CommentForm proposalId={p().id} onPosted={refetch} />
            </section>
          </article>
        );
      }}
    </LoadedDetail>
  );
}

type CommentTree = PortalCommentFragment & { replies?: CommentTree[] };

function CommentItem(props: {
  comment: CommentTree;
  proposalId: string;
  onPosted: () => unknown;
  depth: number;
}) {
  const [replying, setReplying] = createSignal(false);
  let replyButton: HTMLButtonElement | undefined;
  return (
    <li class="comment">
      <p class="comment-meta">
        {formatDateTime(String(props.comment.createdAt))} <Show when={props.comment.mine}>{tb().yours}</Show>
      </p>
      <p>{props.comment.body ?? <em>{tb().hiddenComment}</em>}</p>
      <Show when={session() && props.depth < 2 && props.comment.body !== null}>
        <Show
          when={replying()}
          fallback={
            <button ref={replyButton} type="button" class="link-button" onClick={() => setReplying(true)}>
              {tb().reply}
            </button>
          }
        >
          <CommentForm
            proposalId={props.proposalId}
            parentId={props.comment.id}
            onPosted={props.onPosted}
            onCancel={() => {
              setReplying(false);
              queueMicrotask(() => replyButton?.focus());
            }}
          />
        </Show>
      </Show>
      <Show when={(props.comment.replies ?? []).length > 0}>
        <ul class="comments" aria-label={tb().repliesTo}>
          <For each={props.comment.replies}>
            {(reply) => (
              <CommentItem
                comment={reply}
                proposalId={props.proposalId}
                onPosted={props.onPosted}
                depth={props.depth + 1}
              />
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}

let formCount = 0;

function CommentForm(props: {
  proposalId: string;
  parentId?: string;
  onPosted: () => unknown;
  onCancel?: () => void;
}) {
  const id = `comment-${++formCount}`;
  const [body, setBody] = createSignal('');
  const [message, setMessage] = createSignal('');
  let field: HTMLTextAreaElement | undefined;
  if (props.parentId) queueMicrotask(() => field?.focus());
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = await client()
      .mutation(PortalAddCommentDocument, {
        proposalId: props.proposalId,
        body: body(),
        parentId: props.parentId ?? null,
      })
      .toPromise();
    if (result.data?.addComment) {
      setBody('');
      setMessage(tb().commentSent);
      await props.onPosted();
    } else setMessage(tb().failed);
  }
  return (
    <Show
      when={session()}
      fallback={
        <button type="button" onClick={() => signInThenReturn('participation')}>
          {tb().commentSignIn}
        </button>
      }
    >
      <form onSubmit={submit} class="comment-form">
        <label for={id}>{props.parentId ? tb().replyLabel : tb().commentLabel}</label>
        <textarea
          ref={field}
          id={id}
          rows={3}
          maxLength={5000}
          required
          value={body()}
          onInput={(e) => setBody(e.currentTarget.value)}
        />
        <button type="submit" disabled={body().trim() === ''}>
          {props.parentId ? tb().sendReply : tb().sendComment}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="link-button" onClick={() => cancel()()}>
              {tb().cancel}
            </button>
          )}
        </Show>
        <Show when={message()}>
          <p role="status">{message()}</p>
        </Show>
      </form>
    </Show>
  );
}
