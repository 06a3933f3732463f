// The map inside a host's iframe: tells the host its height and the reader's choice, and takes the host's commands.
import { useLatest } from '../ui/useLatest';
import { useEffect, useMemo, useRef } from 'react';
import { takeEarlyMessages } from '../embed/early';
import type { HostCommand } from '../embed/messages';
import { parsePymMessage, pymChildId, pymMessage } from '../embed/pym';
import type { SelectionStore } from '../state/selection';

// The message schemas (and zod with them) load only in a frame: a page read on its own never needs them.
type Messages = typeof import('../embed/messages');
const loadMessages = () => import('../embed/messages');

export interface EmbedOptions {
  /** True with ?embed=1 or when pym.js's Parent framed the page (?childId=). */
  enabled: boolean;
  onCommand: (command: HostCommand) => void;
  /** The open country; the host hears of each change (not of what the page opened with). */
  selection: SelectionStore;
  /** A country as the host knows it: its ?country= value and name. */
  describe: (key: string) => { code: string; name: string } | null;
}

/**
 * The page's height in whole CSS pixels. The root element's box, not scrollHeight: scrollHeight never drops
 * below the iframe's own height, so a page that got shorter (a panel closed) could never say so.
 */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** The window that framed us, or null when the page is not in a frame. */
function framingWindow(): Window | null {
  return window.parent !== window ? window.parent : null;
}

// Target origin '*': the messages carry only a height or the country the reader opened, nothing private, and
// the embed is public (any https page may frame it), so there is no one origin to name.
const ANY_ORIGIN = '*';

/** Starts height reporting and the host's commands; returns what stops them. */
function listen(
  host: Window,
  { heightMessage, parseHostMessage }: Messages,
  childId: string | null,
  command: { current: (command: HostCommand) => void },
): () => void {
  let reported = -1;
  const send = (height: number) => {
    reported = height;
    if (childId) host.postMessage(pymMessage(childId, 'height', String(height)), ANY_ORIGIN);
    host.postMessage(heightMessage(height), ANY_ORIGIN);
  };
  const report = () => {
    const height = contentHeight();
    if (height !== reported) send(height);
  };
  const onMessage = (event: MessageEvent) => {
    // Only the page that framed us may steer the map: not a sibling frame, not a script in this window.
    if (event.source !== host) return;
    // pym.js's Parent sends "width" when its page resizes and waits for a height in reply, as its Child gives.
    if (childId && parsePymMessage(event.data, childId)?.type === 'width') return send(contentHeight());
    const parsed = parseHostMessage(event.data);
    if (parsed) command.current(parsed);
  };
  window.addEventListener('message', onMessage);
  // What the host posted before this listener started (main.ts kept it), in the order it came.
  for (const event of takeEarlyMessages()) onMessage(event);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(report) : null;
  observer?.observe(document.documentElement);
  if (!observer) window.addEventListener('resize', report);
  report();
  return () => {
    window.removeEventListener('message', onMessage);
    observer?.disconnect();
    window.removeEventListener('resize', report);
  };
}

export function useEmbed({ enabled, onCommand, selection, describe }: EmbedOptions): void {
  // pym.js's Parent puts the childId in the page's query string.
  const childId = useMemo(() => (typeof window === 'undefined' ? null : pymChildId(window.location.search)), []);
  // The latest handler, so a new onCommand each render does not tear down the listener.
  const command = useLatest(onCommand);

  const messages = useRef<Messages | null>(null);

  useEffect(() => {
    const host = framingWindow();
    if (!enabled || !host) return;
    let stopped = false;
    let stop = () => {};
    loadMessages().then(
      (loaded) => {
        messages.current = loaded;
        if (!stopped) stop = listen(host, loaded, childId, command);
      },
      // Without its messages the map still works in the frame; the host keeps the frame's own height.
      () => undefined,
    );
    const unsubscribe = selection.subscribe((key) => {
      const loaded = messages.current;
      if (loaded) host.postMessage(loaded.selectedMessage(key ? describe(key) : null), ANY_ORIGIN);
    });
    return () => {
      stopped = true;
      stop();
      unsubscribe();
    };
  }, [enabled, childId, selection, describe, command]);
}
