/**
 * A content script's first part, the only one the browser injects with the page: it finds the
 * fields to check (early-scan.ts) and, once the page's first frame is out, asks the worker to
 * inject the rest (content-ui.js: field sessions, overlay, cards, the rule engine). The page's
 * load never waits for the rest to compile; compiling it had been half of the first scan.
 *
 * The two parts share the content script's isolated world (a page cannot see it): the boot
 * leaves its options and what it found on a global of that world, and the rest, when it runs,
 * starts from them (ui.ts).
 */
import { type MessageOf, runtimeApi } from "../background/messaging.ts";
import { EarlyScan } from "./early-scan.ts";
import { createLifecycle } from "./lifecycle.ts";
import type { ContentScriptOptions } from "./main.ts";
import { currentAddresses, frameInScope, isMessagingPage } from "./page-scope.ts";

/** What boot() leaves for the rest of the script; `started` once the rest took it. */
export interface BootState {
  options: Omit<ContentScriptOptions, "connect" | "early">;
  early: EarlyScan | null;
  started: boolean;
}

/** The isolated world's global that holds the BootState. */
export const BOOT_KEY = "__outreachGuardBoot";

/** The rest is asked for after the first frame, or after this long on a page that renders none. */
const LOAD_LATEST_MS = 250;
const RETRY_MS = 500;

export function boot(options: BootState["options"]): void {
  const win = window;
  // Errors contained as everywhere in the content script; the context is not probed, since the
  // boot does not touch the extension's API before the first frame (the rest has its own life).
  const { guard } = createLifecycle(() => true);
  let early: EarlyScan | null = null;
  guard(() => {
    const { own, top } = currentAddresses(win);
    // Settings are not known yet; the rest asks again with them, and stops what it must.
    if (frameInScope(own, top, options.pathFilter ?? isMessagingPage)) early = new EarlyScan(win.document, guard);
  })();
  (globalThis as Record<string, unknown>)[BOOT_KEY] = { options, early, started: false } satisfies BootState;

  let asked = false;
  const loadRest = guard(() => {
    if (asked) return;
    asked = true;
    // Outside an extension (a test page loading the bundle) nobody can inject the rest.
    const runtime = runtimeApi();
    // No reply to validate, so the boot carries no validators. A worker being replaced may miss
    // the first ask; after the last, the page is not checked until it reloads.
    const message: MessageOf<"content:load"> = { type: "content:load" };
    const ask = (tries: number): void => {
      runtime?.sendMessage(message).catch((error: unknown) => {
        if (tries > 1) win.setTimeout(() => ask(tries - 1), RETRY_MS);
        else {
          console.warn("[outreach-guard] the worker did not answer; this page is not checked:", error);
          // Nobody will take the fields over: stop collecting them.
          early?.discovery.stop();
        }
      });
    };
    ask(3);
  });
  const timer = win.setTimeout(loadRest, LOAD_LATEST_MS);
  win.requestAnimationFrame(() =>
    win.setTimeout(() => {
      win.clearTimeout(timer);
      loadRest();
    }, 0),
  );
}
