import { describe, expect, it, vi } from "vitest";
import { createLifecycle, extensionContextProbe } from "./lifecycle.ts";

describe("lifecycle", () => {
  it("contains errors thrown by listeners", () => {
    const life = createLifecycle(() => true);
    const listener = life.guard(() => {
      throw new Error("boom");
    });
    const debug = console.debug;
    console.debug = () => {};
    try {
      expect(() => listener()).not.toThrow();
    } finally {
      console.debug = debug;
    }
    expect(life.stopped).toBe(false);
  });

  it("stops everything once the context is gone", () => {
    let alive = true;
    const life = createLifecycle(() => alive);
    const seen: string[] = [];
    life.onStop(() => seen.push("observer"));
    life.onStop(() => {
      throw new Error("cleanup fails");
    });
    life.onStop(() => seen.push("timer"));
    const listener = life.guard((x: string) => seen.push(x));
    listener("a");
    alive = false;
    listener("b");
    expect(seen).toEqual(["a", "timer", "observer"]);
    expect(life.stopped).toBe(true);
    expect(life.signal.aborted).toBe(true);
    alive = true;
    listener("c");
    expect(seen).not.toContain("c");
  });

  it("runs late cleanups at once after a stop", () => {
    const life = createLifecycle(() => true);
    life.stop();
    let ran = false;
    life.onStop(() => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it("treats a page without an extension runtime as alive, and a lost runtime id as gone", () => {
    const g = globalThis as { chrome?: { runtime?: { id?: string } } };
    const saved = g.chrome;
    try {
      vi.useFakeTimers({ toFake: ["performance"] });
      delete g.chrome;
      expect(extensionContextProbe()()).toBe(true);
      g.chrome = { runtime: { id: "abc" } };
      const alive = extensionContextProbe();
      expect(alive()).toBe(true);
      g.chrome.runtime = {};
      // Read again once its last reading is a quarter second old, and gone for good then.
      vi.advanceTimersByTime(300);
      expect(alive()).toBe(false);
      g.chrome.runtime = { id: "abc" };
      vi.advanceTimersByTime(300);
      expect(alive()).toBe(false);
    } finally {
      g.chrome = saved;
      vi.useRealTimers();
    }
  });
});
