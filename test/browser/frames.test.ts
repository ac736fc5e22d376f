/**
 * Editors in frames: a same-origin reply frame inside a web component's shadow root, and an
 * about:blank rich-text editor. Each frame runs its own content script and overlay; the top
 * page's overlay never shows a frame's findings.
 */
import { describe, expect, it } from "vitest";
import { findings, typeInto, waitForFindings, useBrowser } from "./harness.ts";
import { describeFieldSuite, openTarget, TEXTS } from "./suite.ts";
import { composerFrame, richEditor } from "./targets.ts";

const browser = useBrowser();
describeFieldSuite("Reply frame inside a shadow root (same-origin iframe)", composerFrame, browser);
describeFieldSuite("Rich-text editor in an about:blank iframe", richEditor, browser);

describe("Frames: each frame has its own overlay", () => {
  it("the top page shows nothing for a frame's findings", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, composerFrame);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);
    expect(await findings(page.mainFrame())).toEqual([]);
    expect(await page.mainFrame().$("outreach-guard >>> [data-count]")).toBeNull();
  });
});
