/**
 * The popup's "This page": the active tab's findings grouped by category, each with a button
 * that scrolls to it and focuses it in the page, or the state that explains why there are none.
 */
import { useState } from "preact/hooks";
import type { FocusReply } from "../background/messages.ts";
import { addSite, isSellerCentral, originPattern } from "../background/site-access.ts";
import type { PageApi } from "./browser.ts";
import { FindingGroups } from "./finding-groups.tsx";
import { t } from "./i18n.ts";
import type { PageFinding, PageState } from "./page-state.ts";
import { useCatalog } from "./engine.ts";
import { ruleInfo } from "./rule-info.ts";
import { isObject } from "./stored.ts";

interface Props {
  api: PageApi;
  tabId: number | null;
  state: PageState | null;
  /** The popup runs in a tab of its own (`?tabId=N`): showing a finding switches to that tab instead of closing. */
  inTab: boolean;
}

export function ThisPage({ api, tabId, state, inTab }: Props) {
  // Rule messages and rewrites come from the catalog; findings show at once and gain them when it arrives.
  useCatalog();
  const [notice, setNotice] = useState("");
  if (!state) return <p class="state" role="status">{t("loading")}</p>;

  const focus = async (f: PageFinding) => {
    if (tabId === null) return;
    let reply: unknown;
    try {
      reply = await api.tabs.sendMessage(tabId, { type: "popup:focus-finding", ruleId: f.ruleId, start: f.start, end: f.end }, { frameId: f.frameId });
    } catch {
      reply = undefined;
    }
    if (!(isObject(reply) && (reply as unknown as FocusReply).focused === true)) {
      setNotice(t("showInPageFailed"));
      return;
    }
    if (inTab) await api.tabs.update(tabId, { active: true }).catch(() => undefined);
    else window.close();
  };

  switch (state.kind) {
    case "findings": {
      const shown = state.findings.map((f) => ({ ...f, ...ruleInfo(f.ruleId) }));
      const violations = shown.filter((f) => f.severity === "violation").length;
      return (
        <div data-state="findings">
          <p class="summary" role="status">
            {t("summaryFindings", violations)}
          </p>
          <FindingGroups
            findings={shown}
            idPrefix="page"
            actions={(f) => (
              <button type="button" data-action="show-in-page" onClick={() => void focus(f)}>
                {t("showInPage")}
              </button>
            )}
          />
          <p class="status" role="status">
            {notice}
          </p>
        </div>
      );
    }
    case "site-off":
      return (
        <div class="state" data-state="site-off">
          <h2>{t("stateSiteOff")}</h2>
          <p>{state.origin ? t("stateSiteOffHint") : t("stateSiteOffUnknown")}</p>
          {state.origin && tabId !== null ? <AllowButton api={api} tabId={tabId} origin={state.origin} /> : null}
        </div>
      );
    case "reload":
      return (
        <div class="state" data-state="reload">
          <h2>{t("stateReload")}</h2>
          <p>{t("stateReloadHint")}</p>
          {tabId !== null ? (
            <button type="button" class="primary" data-action="reload" onClick={() => void api.tabs.reload(tabId)}>
              {t("reloadPage")}
            </button>
          ) : null}
        </div>
      );
    case "disabled":
      return (
        <div class="state" data-state="disabled">
          <h2>{t("stateDisabled")}</h2>
          <button type="button" onClick={() => void api.runtime.openOptionsPage()}>
            {t("openOptions")}
          </button>
        </div>
      );
    default: {
      const [title, hint] = {
        "no-tab": ["stateNoTab", ""],
        unsupported: ["stateUnsupported", ""],
        "no-field": ["stateNoField", "stateNoFieldHint"],
        clean: ["stateClean", "stateCleanHint"],
      }[state.kind];
      return (
        <div class="state" data-state={state.kind}>
          <h2>{t(title)}</h2>
          {hint ? <p>{t(hint)}</p> : null}
        </div>
      );
    }
  }
}

/** Asks for the site in the click itself (before any await, as Firefox requires), then reloads the tab. */
function AllowButton({ api, tabId, origin }: { api: PageApi; tabId: number; origin: string }) {
  const allow = () => {
    const asked = api.permissions.request({ origins: [originPattern(origin)] });
    void asked.then(async (granted) => {
      if (!granted) return;
      if (!isSellerCentral(origin)) await addSite(api.storage.local, { origin, channel: "message" });
      await api.tabs.reload(tabId);
    });
  };
  return (
    <button type="button" class="primary" data-action="allow-site" onClick={allow}>
      {t("allowSite", origin)}
    </button>
  );
}
