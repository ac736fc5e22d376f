/**
 * The popup's "Checklist": every policy item with a one-line explanation, its live state on the
 * current page where the checker can see it, and the seller's tick where only the seller can
 * know. Ticks are kept in storage.local; progress summary; reset.
 */
import { useEffect, useState } from "preact/hooks";
import type { CategoryId } from "../rules/types.ts";
import { checklistText } from "../rules/texts.ts";
import type { PageApi } from "./browser.ts";
import { CHECKLIST_KEY, checklistItems, EMPTY_CHECKLIST, type ChecklistRecord, liveState, parseChecklist, progress, toggleTick } from "./checklist-model.ts";
import { t } from "./i18n.ts";
import { loadRecord } from "./stored.ts";

interface Props {
  api: PageApi;
  /** Violations on the current page; null when the page is not checked. */
  violations: ReadonlyArray<{ category: CategoryId }> | null;
}

const ITEMS = checklistItems();

export function Checklist({ api, violations }: Props) {
  const [record, setRecord] = useState<ChecklistRecord | null>(null);
  const [corrupt, setCorrupt] = useState(false);

  useEffect(() => {
    void loadRecord(api.storage.local, CHECKLIST_KEY, parseChecklist, EMPTY_CHECKLIST).then((loaded) => {
      setRecord(loaded.value);
      setCorrupt(loaded.corrupt);
    });
  }, [api]);

  if (!record) return <p role="status">{t("loading")}</p>;

  const save = (next: ChecklistRecord) => {
    setRecord(next);
    setCorrupt(false);
    void api.storage.local.set({ [CHECKLIST_KEY]: next });
  };
  const { done, total, flagged } = progress(ITEMS, violations, record.ticked);

  return (
    <div class="checklist">
      {corrupt ? (
        <p class="notice" role="alert">
          {t("checklistCorrupt")}
        </p>
      ) : null}
      <p class="summary" role="status" data-progress={`${done}/${total}`}>
        {t("checklistProgress", done, total)}
        {flagged > 0 ? ` · ${t("checklistFlagged", flagged)}` : ""}
      </p>
      <progress max={total} value={done} aria-label={t("checklistProgress", done, total)} />
      <ul class="items">
        {ITEMS.map((item) => {
          const text = checklistText(item.id);
          const state = item.kind === "seller" ? null : liveState(item, violations);
          const ticked = record.ticked.includes(item.id);
          const titleId = `item-${item.id}`;
          const descId = `item-${item.id}-desc`;
          return (
            <li key={item.id} class={`item ${state ?? "seller"}`} data-item={item.id} data-kind={item.kind} data-live={state ?? "seller"}>
              <div class="item-text">
                <span id={titleId} class="item-title">
                  {text?.title ?? item.id}
                </span>
                <span id={descId} class="item-desc">
                  {text?.explanation ?? ""}
                  {" · "}
                  <span class="item-state">
                    {t(state === "flagged" ? "checklistStateFlagged" : state === "ok" ? "checklistStateOk" : state === "unchecked" ? "checklistStateUnchecked" : "checklistStateSellerOnly")}
                  </span>
                </span>
              </div>
              {item.kind !== "engine" ? (
                <label class="tick">
                  <input
                    type="checkbox"
                    checked={ticked}
                    aria-labelledby={titleId}
                    aria-describedby={descId}
                    onChange={(e) => save(toggleTick(record, item.id, (e.currentTarget as HTMLInputElement).checked))}
                  />
                  <span aria-hidden="true">{t("checklistTick")}</span>
                </label>
              ) : null}
            </li>
          );
        })}
      </ul>
      <button type="button" data-action="reset-checklist" onClick={() => save(EMPTY_CHECKLIST)}>
        {t("checklistReset")}
      </button>
    </div>
  );
}
