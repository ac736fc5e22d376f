/**
 * When the content script is whole in a page: the browser injects its boot with the page, and the
 * worker injects the rest after the first frame (src/content/boot.ts). Used by browser tests and
 * the browser benchmark, which must not import vitest.
 */
import type { Page } from "puppeteer-core";

/**
 * Waits until the rest of the content script (content-ui.js, injected by the worker after the
 * page's first frame) runs in the page's top frame: its world's window then has the listeners
 * the rest adds (focusin among them; the boot adds none). A baseline taken before that would
 * miss them.
 */
export async function waitForContentScriptRest(page: Page, timeoutMs = 10_000): Promise<void> {
  const session = await page.createCDPSession();
  const top = (page.mainFrame() as unknown as { _id: string })._id;
  const worlds: number[] = [];
  session.on("Runtime.executionContextCreated", ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated" && aux.frameId === top) worlds.push(context.id);
  });
  await session.send("Runtime.enable");
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      for (const contextId of worlds) {
        const { result } = await session.send("Runtime.evaluate", { expression: "window", contextId });
        const { listeners } = await session.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
        if (listeners.some((l) => l.type === "focusin")) return;
      }
      if (Date.now() > deadline) throw new Error(`The rest of the content script did not start in ${page.url()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await session.detach();
  }
}
