/**
 * The insert editor (editor.html): packaging-insert and thank-you-card text with live
 * highlights and explanations, drafts saved in this browser as the seller types, and export as
 * a .txt file (a download of an object URL: nothing goes over the network).
 */
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { type PageApi, pageApi } from "./browser.ts";
import { type Draft, DRAFT_MAX, DRAFTS_KEY, DRAFTS_VERSION, type DraftsRecord, deleteDraft, draftTitle, exportFileName, newDraft, parseDrafts, saveDraft } from "./drafts.ts";
import { localizeDocument, t } from "./i18n.ts";
import { loadRecord } from "./stored.ts";
import { TextChecker } from "./text-checker.tsx";

const SAVE_DELAY_MS = 400;

/** Starts a download of `text` as a file; the object URL is released once the download has it. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Editor({ api }: { api: PageApi }) {
  const [record, setRecord] = useState<DraftsRecord | null>(null);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  const [saved, setSaved] = useState("");
  const timer = useRef(0);

  useEffect(() => {
    void loadRecord(api.storage.local, DRAFTS_KEY, parseDrafts, { schemaVersion: DRAFTS_VERSION, drafts: [] }).then((loaded) => {
      setCorrupt(loaded.corrupt);
      setRecord(loaded.value);
      setCurrent(loaded.value.drafts[0] ?? newDraft(Date.now()));
    });
  }, [api]);

  if (!record || !current) return <p role="status">{t("loading")}</p>;

  const persist = (next: DraftsRecord) => {
    setRecord(next);
    // A corrupt record is left alone until the seller writes something worth keeping.
    setCorrupt(false);
    void api.storage.local.set({ [DRAFTS_KEY]: next }).then(() => setSaved(t("draftSaved")));
  };
  const edit = (change: Partial<Draft>) => {
    const next = { ...current, ...change, updated: Date.now() };
    setCurrent(next);
    setSaved("");
    clearTimeout(timer.current);
    if (next.text.length > DRAFT_MAX) return;
    timer.current = window.setTimeout(() => persist(saveDraft(record, next)), SAVE_DELAY_MS);
  };
  const open = (draft: Draft) => {
    clearTimeout(timer.current);
    setCurrent(draft);
    setSaved("");
  };
  const remove = () => {
    clearTimeout(timer.current);
    const next = deleteDraft(record, current.id);
    persist(next);
    setCurrent(next.drafts[0] ?? newDraft(Date.now()));
  };
  const drafts = record.drafts.some((d) => d.id === current.id) ? record.drafts : [current, ...record.drafts];

  return (
    <main class="page editor-page">
      <h1>{t("editorTitle")}</h1>
      <p>{t("editorIntro")}</p>
      {corrupt ? (
        <p class="notice" role="alert">
          {t("draftsCorrupt")}
        </p>
      ) : null}
      <div class="editor-layout">
        <nav aria-labelledby="drafts-heading" class="drafts">
          <h2 id="drafts-heading" class="small-heading">
            {t("draftsLabel")}
          </h2>
          <ul>
            {drafts.map((d) => (
              <li key={d.id}>
                <button type="button" class="draft-link" aria-current={d.id === current.id ? "true" : undefined} data-draft={d.id} onClick={() => open(d)}>
                  {draftTitle(d, t("draftUntitled"))}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-action="new-draft" onClick={() => open(newDraft(Date.now()))}>
            {t("newDraft")}
          </button>
        </nav>
        <div class="draft">
          <label for="draft-name" class="field-label">
            {t("draftName")}
          </label>
          <input
            id="draft-name"
            type="text"
            value={current.name}
            // Unnamed, a draft is listed by its first line: the field says so.
            placeholder={draftTitle({ ...current, name: "" }, t("draftUntitled"))}
            onInput={(e) => edit({ name: (e.currentTarget as HTMLInputElement).value })}
          />
          <TextChecker
            key={current.id}
            text={current.text}
            onText={(text) => edit({ text })}
            channel={current.channel}
            onChannel={(channel) => edit({ channel })}
            idPrefix="editor"
            rows={14}
          />
          <div class="actions">
            <button type="button" data-action="export" onClick={() => downloadText(current.text, exportFileName(current))}>
              {t("exportDraft")}
            </button>
            <button type="button" data-action="delete-draft" onClick={remove}>
              {t("deleteDraft")}
            </button>
            <span role="status" data-saved>
              {saved}
            </span>
          </div>
        </div>
      </div>
    </main>
  );
}

localizeDocument("editorTitle");
render(<Editor api={pageApi()} />, document.getElementById("app")!);
