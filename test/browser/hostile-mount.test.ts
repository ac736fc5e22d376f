/**
 * A virtualised list that mounts 1,000 fields with violations and removes them, three times:
 * each field's listener (scroll) is released when it goes, every finding with it, and after
 * garbage collection the DOM node count, the page's listener count and the JS heap are back
 * where the first cycle left them (nothing grows cycle over cycle). Measured through the
 * DevTools protocol, which sees the content script's isolated world too.
 */
import type { CDPSession, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, openHostile, waitForOverlayCount } from "./hostile-pages.ts";
import { waitForContentScriptRest } from "./content-rest.ts";
import { useBrowser } from "./harness.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

const FIELDS = 1000;

interface Counters {
  nodes: number;
  listeners: number;
  heapMb: number;
}

async function counters(session: CDPSession): Promise<Counters> {
  await session.send("HeapProfiler.collectGarbage");
  const dom = await session.send("Memory.getDOMCounters");
  const heap = await session.send("Runtime.getHeapUsage");
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heapMb: heap.usedSize / 2 ** 20 };
}

/**
 * Listeners on the page's first mounted field (window.kept). DOMDebugger lists only the
 * listeners of the world the object was read in: read it in the content script's world.
 */
async function listenersOnKept(session: CDPSession, contentWorld: number): Promise<string[]> {
  const { result: kept } = await session.send("Runtime.evaluate", { expression: "window.kept" });
  if (!kept.objectId) throw new Error("no kept field");
  const { node } = await session.send("DOM.describeNode", { objectId: kept.objectId });
  const { object } = await session.send("DOM.resolveNode", { backendNodeId: node.backendNodeId, executionContextId: contentWorld });
  const { listeners } = await session.send("DOMDebugger.getEventListeners", { objectId: object.objectId! });
  await session.send("Runtime.releaseObject", { objectId: kept.objectId });
  await session.send("Runtime.releaseObject", { objectId: object.objectId! });
  return listeners.map((l) => l.type);
}

async function cycle(page: Page, session: CDPSession, contentWorld: number) {
  await page.evaluate((n: number) => (window as unknown as { mount(n: number): void }).mount(n), FIELDS);
  await waitForOverlayCount(page, "[data-count]", (n) => n === FIELDS, `${FIELDS} fields checked`, 60_000);
  const whileMounted = await listenersOnKept(session, contentWorld);
  await page.evaluate(() => (window as unknown as { unmount(): void }).unmount());
  await waitForOverlayCount(page, "[data-finding], [data-count], .mirror", (n) => n === 0, "every finding, badge and mirror gone", 20_000);
  const afterRemoval = await listenersOnKept(session, contentWorld);
  return { whileMounted, afterRemoval, after: await counters(session) };
}

describe("1,000 fields mounted and removed", () => {
  it("listeners, findings and memory are released every cycle", async () => {
    const harness = browser();
    const page = await openHostile(harness, "mount");
    const session = await page.createCDPSession();
    const worlds: number[] = [];
    session.on("Runtime.executionContextCreated", ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated") worlds.push(context.id);
    });
    await session.send("Runtime.enable");
    await session.send("DOM.enable");
    expect(worlds).toHaveLength(1);
    const contentWorld = worlds[0];
    // The baseline counts the idle content script whole: its boot and the rest the worker injects.
    await waitForContentScriptRest(page);
    const baseline = await counters(session);

    const first = await cycle(page, session, contentWorld);
    // Our scroll listener sits on a tracked field, and is gone once the field is.
    expect(first.whileMounted).toContain("scroll");
    expect(first.afterRemoval).not.toContain("scroll");
    const runs = [first, await cycle(page, session, contentWorld), await cycle(page, session, contentWorld)];
    const [c1, , c3] = runs.map((r) => r.after);
    console.log(`1,000 fields mounted and removed: baseline ${JSON.stringify(baseline)}; after each cycle ${JSON.stringify(runs.map((r) => r.after))}`);
    // Nothing grows with cycles: the page's nodes (the kept field only) and listeners are back where they were.
    expect(c3.nodes).toBeLessThanOrEqual(c1.nodes + 50);
    expect(c3.listeners).toBeLessThanOrEqual(c1.listeners);
    expect(c3.heapMb).toBeLessThan(c1.heapMb + 2);
    // And not far above the page before any field: our overlay (built with the first field it
    // checks: 13 listeners on its shadow root, 11 of them keeping our UI's events from the page),
    // the 6 window listeners that come with it (scrolling, resizing, hovering, clicks, Escape),
    // its layers and a mirror.
    expect(c1.listeners).toBeLessThanOrEqual(baseline.listeners + 22);
    expect(runs.every((r) => !r.afterRemoval.includes("scroll"))).toBe(true);
    await session.detach();
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  }, 180_000);
});
