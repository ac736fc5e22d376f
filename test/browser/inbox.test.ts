/** The inbox, a single-page app: a thread click pushes a new address and renders a new composer. */
import { describe, expect, it } from "vitest";
import { field, fieldText, findings, settle, typeInto, useBrowser, waitForFindings } from "./harness.ts";
import { describeFieldSuite, expectBoxesOverText, openTarget, TEXTS } from "./suite.ts";
import { INBOX_COMPOSER, inbox } from "./targets.ts";

const COMPOSER = INBOX_COMPOSER;

const browser = useBrowser();
describeFieldSuite("Inbox reply (composer rendered after a thread click)", inbox, browser);

describe("Inbox: the composer is swapped by in-app navigation", () => {
  it("findings of a removed composer go with it; the new composer is checked", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, inbox);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);

    await page.click('button[data-thread="THREAD-10002"]');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/messaging/inbox?fi=RESPONSE_NEEDED&ct=THREAD-10002");
    await waitForFindings(frame, 0);
    expect(await frame.$("outreach-guard >>> [data-count]")).toBeNull();

    const next = await field(page, COMPOSER);
    expect(await fieldText(next)).toBe("");
    await typeInto(page, next, TEXTS.two);
    await waitForFindings(frame, 2);
    await expectBoxesOverText(inbox, frame, next);

    // Back to the first thread: a fresh, empty composer and no stale findings.
    await page.goBack();
    const again = await field(page, COMPOSER);
    await settle(frame);
    expect(await fieldText(again)).toBe("");
    await waitForFindings(frame, 0);
    expect(await findings(frame)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
