/**
 * The toolbar popup (popup.html): "This page", "Checklist" and "Check text". It reads the
 * active tab, or the tab of `?tabId=N` (tests, and the popup opened in a tab of its own).
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Channel } from "../rules/types.ts";
import { type PageApi, pageApi, type StorageListener } from "./browser.ts";
import { Checklist } from "./checklist.tsx";
import { localizeDocument, t } from "./i18n.ts";
import { type PageState, readPageState, tabIdFromAddress } from "./page-state.ts";
import { Tabs } from "./tabs.tsx";
import { TextChecker } from "./text-checker.tsx";
import { ThisPage } from "./this-page.tsx";

function Popup({ api }: { api: PageApi }) {
  const fromAddress = tabIdFromAddress(location.search);
  const [tabId, setTabId] = useState<number | null>(fromAddress);
  const [state, setState] = useState<PageState | null>(null);
  const [view, setView] = useState("page");
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<Channel>("message");

  useEffect(() => {
    let stopped = false;
    let id = fromAddress;
    let pending = 0;
    const refresh = () => {
      if (id === null) return;
      const ticket = ++pending;
      void readPageState(api, id).then((next) => {
        if (!stopped && ticket === pending) setState(next);
      });
    };
    const onChanged: StorageListener = (changes) => {
      if (id !== null && (`tab:${id}` in changes || "settings" in changes || "sites" in changes)) refresh();
    };
    api.storage.onChanged.addListener(onChanged);
    void (async () => {
      if (id === null) id = (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
      if (stopped) return;
      setTabId(id);
      if (id === null) setState({ kind: "no-tab" });
      else refresh();
    })();
    return () => {
      stopped = true;
      api.storage.onChanged.removeListener(onChanged);
    };
  }, [api, fromAddress]);

  const violations =
    state?.kind === "findings" ? state.findings.filter((f) => f.severity === "violation") : state?.kind === "clean" ? [] : null;

  return (
    <main>
      <header class="top">
        <h1>{t("popupTitle")}</h1>
        <nav class="links">
          <a href="editor.html" target="_blank" rel="noopener" data-action="open-editor">
            {t("openEditor")}
          </a>
          <a href="options.html" target="_blank" rel="noopener">
            {t("openOptions")}
          </a>
        </nav>
      </header>
      <Tabs
        label={t("tabsLabel")}
        selected={view}
        onSelect={setView}
        tabs={[
          { id: "page", label: t("tabThisPage") },
          { id: "checklist", label: t("tabChecklist") },
          { id: "text", label: t("tabCheckText") },
        ]}
      >
        {view === "page" ? <ThisPage api={api} tabId={tabId} state={state} inTab={fromAddress !== null} /> : null}
        {view === "checklist" ? <Checklist api={api} violations={violations} /> : null}
        {view === "text" ? <TextChecker text={text} onText={setText} channel={channel} onChannel={setChannel} idPrefix="popup-check" rows={5} autoFocus /> : null}
      </Tabs>
    </main>
  );
}

localizeDocument("popupTitle");
render(<Popup api={pageApi()} />, document.getElementById("app")!);
