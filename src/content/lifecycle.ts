/**
 * One content-script instance's life: every listener is registered with its signal,
 * every observer and timer with onStop, so stop() leaves nothing behind. Listeners
 * go through guard(): nothing throws into the page, and an instance whose extension
 * was updated or removed (chrome.runtime.id gone) stops at its next event or tick.
 */

export interface Lifecycle {
  readonly signal: AbortSignal;
  readonly stopped: boolean;
  /** Wraps a listener: checks the context first, contains every error. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  onStop(fn: () => void): void;
  stop(): void;
}

type ChromeGlobal = { chrome?: { runtime?: { id?: string } } };

/** The extension's id is read again at most this often: every guarded event asks, and each read crosses into the browser. */
const PROBE_MS = 250;

/**
 * True while the extension that injected this script is still installed. Outside an
 * extension (a test page loading the bundle) there is no context to lose.
 */
export function extensionContextProbe(): () => boolean {
  const runtimeId = () => {
    try {
      return (globalThis as ChromeGlobal).chrome?.runtime?.id;
    } catch {
      return undefined;
    }
  };
  // Read at the first call, not now: the first touch of the extension's API binds it, which
  // costs milliseconds the caller may want to spend later.
  let injected: boolean | undefined;
  let answer = true;
  let readAt = Number.NEGATIVE_INFINITY;
  return () => {
    const now = performance.now();
    // A lost context never comes back; a live one is asked again after a while.
    if (!answer || now - readAt < PROBE_MS) return answer;
    readAt = now;
    const alive = runtimeId() !== undefined;
    injected ??= alive;
    answer = !injected || alive;
    return answer;
  };
}

export function createLifecycle(contextAlive: () => boolean): Lifecycle {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        fn();
      } catch {
        // Cleanup of one part must not keep the others alive.
      }
    }
  };

  return {
    signal: controller.signal,
    get stopped() {
      return stopped;
    },
    guard:
      (fn) =>
      (...args) => {
        if (stopped) return;
        if (!contextAlive()) {
          stop();
          return;
        }
        try {
          fn(...args);
        } catch (error) {
          // The page must never see our errors; debug level keeps them findable.
          console.debug("[outreach-guard]", error);
        }
      },
    onStop: (fn) => {
      if (stopped) fn();
      else cleanups.push(fn);
    },
    stop,
  };
}
