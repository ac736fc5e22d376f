/**
 * The checker page (checker.html): a full-page text checker. The context menu opens it with
 * `?text=KEY`: the selected text waits in storage.session under `checker:KEY` and is taken
 * (read once, then removed), so it never appears in an address or the history.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { CHECKER_TEXT_PREFIX } from "../background/context-menu.ts";
import type { Channel } from "../rules/types.ts";
import { type PageApi, pageApi } from "./browser.ts";
import { localizeDocument, t } from "./i18n.ts";
import { isObject } from "./stored.ts";
import { TextChecker } from "./text-checker.tsx";

/** The text waiting under `?text=KEY`: a string, "" when nothing waits there, null without a key. */
export async function takeCheckerText(api: PageApi, search: string): Promise<string | null> {
  const key = new URLSearchParams(search).get("text");
  if (!key || !/^[0-9a-f-]{36}$/.test(key)) return null;
  const storageKey = `${CHECKER_TEXT_PREFIX}${key}`;
  const stored = (await api.storage.session.get(storageKey))[storageKey];
  await api.storage.session.remove(storageKey);
  return isObject(stored) && typeof stored.text === "string" ? stored.text : "";
}

function Checker({ api }: { api: PageApi }) {
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<Channel>("message");
  const [origin, setOrigin] = useState<"typed" | "selection" | "gone" | null>(null);

  useEffect(() => {
    void takeCheckerText(api, location.search).then((taken) => {
      if (taken === null) setOrigin("typed");
      else if (taken === "") setOrigin("gone");
      else {
        setText(taken);
        setOrigin("selection");
      }
    });
  }, [api]);

  return (
    <main class="page">
      <h1>{t("checkerTitle")}</h1>
      <p>{origin === "selection" ? t("checkerFromSelection") : origin === "gone" ? t("checkerTextGone") : t("checkerIntro")}</p>
      {origin ? <TextChecker text={text} onText={setText} channel={channel} onChannel={setChannel} idPrefix="checker" rows={12} autoFocus /> : null}
      <p>
        <a href="editor.html">{t("openEditor")}</a>
      </p>
    </main>
  );
}

localizeDocument("checkerTitle");
render(<Checker api={pageApi()} />, document.getElementById("app")!);
