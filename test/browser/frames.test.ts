/**
 * Editors in frames: a same-origin reply frame inside a web component's shadow root, and an
 * about:blank rich-text editor. Each frame runs its own content script and overlay; the top
 * page's overlay never shows a frame's findings.
 */
import { describe, expect, it } from "vitest";
import { field, findings, typeInto, URLS, waitForFindings, useBrowser } from "./harness.ts";
import { describeFieldSuite, type FieldUnderTest, openTarget, TEXTS } from "./suite.ts";

const composerFrame: FieldUnderTest = {
  url: URLS.thread,
  frames: 3, // the page, the composer frame, the about:blank editor
  kind: "textarea",
  async locate(page) {
    const frame = await page.waitForFrame((f) => f.url().includes("/messaging/thread/compose"));
    return { frame, handle: await field(frame, "kat-textarea >>> textarea") };
  },
};

const richEditor: FieldUnderTest = {
  url: URLS.thread,
  frames: 3,
  kind: "editable",
  editable: "body",
  async locate(page) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === "about:blank");
    if (!frame) throw new Error("No about:blank editor frame");
    return { frame, handle: await field(frame, "body") };
  },
};

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
