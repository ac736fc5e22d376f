/**
 * The rest of the content script (dist/chrome/content-ui.js), injected by the worker into a
 * frame whose boot (boot.ts) asked for it: starts the content script from what the boot found.
 * Injected twice, or into a document whose boot is gone (the frame navigated), it does nothing.
 */
import { BOOT_KEY, type BootState } from "./boot.ts";
import { startContentScript } from "./main.ts";
import { connectWorker } from "./worker-link.ts";

const state = (globalThis as Record<string, unknown>)[BOOT_KEY] as BootState | undefined;
if (state && !state.started) {
  state.started = true;
  startContentScript({ ...state.options, connect: connectWorker, early: state.early, afterFirstFrame: true });
}
