/**
 * RATS-TV recordings in the page: an HLS playlist played by hls.js through Media
 * Source Extensions (desktop Chrome has no native HLS), by the browser itself
 * where only that works (Safari, iOS), and the chapters as buttons that jump to
 * their agenda item; the chapter playing is marked (aria-current). hls.js is
 * loaded only when a recording is shown. If the stream cannot be played the page
 * says so and keeps the plain link.
 */
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { tfd } from '../i18n-front.ts';

export interface Chapter {
  offsetSeconds: number;
  label: string;
}

/** 3725 -> "1:02:05" */
export const clock = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

export function RecordingPlayer(props: {
  url: string;
  title: string;
  chapters: Chapter[];
  chaptersHeading: string;
}) {
  let video: HTMLVideoElement | undefined;
  const [failed, setFailed] = createSignal(false);
  const [position, setPosition] = createSignal(0);
  const [engine, setEngine] = createSignal<'hls.js' | 'native' | ''>('');

  let destroy: (() => void) | undefined;
  let gone = false;
  onCleanup(() => {
    gone = true;
    destroy?.();
  });
  onMount(async () => {
    const media = video;
    if (!media) return;
    const { default: Hls } = await import('hls.js');
    if (gone) return;
    if (Hls.isSupported()) {
      const hls = new Hls();
      destroy = () => hls.destroy();
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (data.fatal) setFailed(true);
      });
      hls.loadSource(props.url);
      hls.attachMedia(media);
      setEngine('hls.js');
    } else if (media.canPlayType('application/vnd.apple.mpegurl')) {
      media.src = props.url;
      media.addEventListener('error', () => setFailed(true));
      setEngine('native');
    } else setFailed(true);
  });

  const current = () =>
    props.chapters.reduce<Chapter | null>(
      (found, chapter) => (chapter.offsetSeconds <= position() ? chapter : found),
      null,
    );

  function jump(chapter: Chapter) {
    if (!video) return;
    video.currentTime = chapter.offsetSeconds;
    setPosition(chapter.offsetSeconds);
    void video.play().catch(() => {
      // Autoplay refused or nothing loaded yet: the position is set, the controls start it.
    });
  }

  return (
    <div class="recording" data-engine={engine()}>
      {/* biome-ignore lint/a11y/useMediaCaption: council recordings have no captions yet (named in the accessibility statement) */}
      <video
        ref={video}
        controls
        preload="metadata"
        aria-label={tfd().recordingLabel(props.title)}
        onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime)}
      />
      <Show when={failed()}>
        <p class="message warning" role="status">
          {tfd().recordingFailed}
        </p>
      </Show>
      <p>
        <a href={props.url}>{tfd().recordingFile}</a>
      </p>
      <Show when={props.chapters.length > 0}>
        <h3>{props.chaptersHeading}</h3>
        <ol class="chapters">
          <For each={props.chapters}>
            {(chapter) => (
              <li>
                <button
                  type="button"
                  class="link-button"
                  aria-current={current()?.offsetSeconds === chapter.offsetSeconds ? 'true' : undefined}
                  onClick={() => jump(chapter)}
                >
                  {clock(chapter.offsetSeconds)}: {chapter.label}
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
