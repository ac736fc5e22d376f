/** A reply box whose value a Preact component controls: every render writes state back into it. */
import { expect } from "vitest";
import { field, URLS, useBrowser } from "./harness.ts";
import { describeFieldSuite, type FieldUnderTest } from "./suite.ts";

const reply: FieldUnderTest = {
  url: URLS.reply,
  kind: "textarea",
  async locate(page) {
    return { frame: page.mainFrame(), handle: await field(page, "#reply-text") };
  },
  // The component renders its state's length: the state must hold exactly the field's text.
  async frameworkSees(page, text) {
    await page.waitForFunction(
      (want: string) => document.querySelector(".reply-count")?.textContent === want,
      { timeout: 10_000 },
      `${text.length} / 4000`,
    );
    expect(await page.$eval(".reply-count", (el) => el.textContent)).toBe(`${text.length} / 4000`);
  },
};

const browser = useBrowser();
describeFieldSuite("Reply box controlled by Preact", reply, browser);
