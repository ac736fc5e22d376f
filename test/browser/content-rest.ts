/**
 * The content script's world in a page, read over the DevTools protocol: the browser injects its
 * boot with the page, and the worker injects the rest after the first frame (src/content/boot.ts).
 * Used by browser tests and the browser benchmark, which must not import vitest.
 */
import type { Page } from "puppeteer-core";

/**
 * The event types the content script's worlds in the page's top frame listen to on the window,
 * sorted, and how many such worlds there are. DOMDebugger lists only the listeners of the world
 * the window was read in.
 */
export async function contentWorldWindowListeners(page: Page): Promise<{ worlds: number; types: string[] }> {
  const session = await page.createCDPSession();
  const top = (page.mainFrame() as unknown as { _id: string })._id;
  const worlds: number[] = [];
  session.on("Runtime.executionContextCreated", ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated" && aux.frameId === top) worlds.push(context.id);
  });
  try {
    await session.send("Runtime.enable");
    const types = new Set<string>();
    for (const contextId of worlds) {
      const { result } = await session.send("Runtime.evaluate", { expression: "window", contextId });
      const { listeners } = await session.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
      for (const l of listeners) types.add(l.type);
    }
    return { worlds: worlds.length, types: [...types].sort() };
  } finally {
    await session.detach();
  }
}

/**
 * Waits until the rest of the content script (content-ui.js) runs in the page's top frame: its
 * world's window then has the listeners the rest adds (focusin among them; the boot adds none).
 * A baseline taken before that would miss them.
 */
export async function waitForContentScriptRest(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await contentWorldWindowListeners(page)).types.includes("focusin")) {
    if (Date.now() > deadline) throw new Error(`The rest of the content script did not start in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
