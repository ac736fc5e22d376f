/**
 * A text checker: a textarea, the message / insert switch, the text highlighted live with the
 * findings beside it, Apply for each rewrite and "copy with rewrites applied". Used by the
 * popup's "Check text", the checker page and the insert editor. Pasted text is only ever a
 * textarea value or text nodes.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { createChecker, detectLanguage, hasCatalog, useCatalog } from "./engine.ts";
import type { Channel, Finding } from "../rules/types.ts";
import { FindingGroups } from "./finding-groups.tsx";
import { highlightRuns } from "./highlight.ts";
import { t } from "./i18n.ts";
import { applyRewrite, applyRewrites } from "./rewrites.ts";

interface Props {
  text: string;
  onText(text: string): void;
  channel: Channel;
  onChannel(channel: Channel): void;
  idPrefix: string;
  rows?: number;
  autoFocus?: boolean;
}

interface Checked {
  text: string;
  channel: Channel;
  findings: Finding[];
  language: string | null;
}

/** Short texts are not language-checked: a few words say too little. */
const LANGUAGE_MIN = 40;

type Check = ReturnType<typeof createChecker>;

function runCheck(check: Check, text: string, channel: Channel): Checked {
  if (text.trim() === "" || !hasCatalog()) return { text, channel, findings: [], language: null };
  const lang = text.length >= LANGUAGE_MIN ? detectLanguage(text) : null;
  if (lang && !lang.supported) return { text, channel, findings: [], language: lang.name };
  return { text, channel, findings: check(text, { channel }), language: null };
}

export function TextChecker({ text, onText, channel, onChannel, idPrefix, rows = 8, autoFocus }: Props) {
  const ready = useCatalog();
  // One checker per text box: typing in a long insert re-checks only the paragraph typed in.
  const check = useMemo(() => createChecker(), []);
  const [checked, setChecked] = useState<Checked>(() => runCheck(check, text, channel));
  const [checkedReady, setCheckedReady] = useState(ready);
  const [status, setStatus] = useState("");

  // Checks run once per frame at most while the seller types; the view shows the last checked text.
  // The catalog arriving from the worker checks the text again.
  useEffect(() => {
    if (checked.text === text && checked.channel === channel && checkedReady === ready) return;
    const frame = requestAnimationFrame(() => {
      setChecked(runCheck(check, text, channel));
      setCheckedReady(ready);
    });
    return () => cancelAnimationFrame(frame);
  }, [text, channel, checked, ready, checkedReady, check]);

  const runs = useMemo(() => highlightRuns(checked.text, checked.findings), [checked]);
  const violations = checked.findings.filter((f) => f.severity === "violation").length;
  const canRewrite = checked.findings.some((f) => f.suggestion !== undefined);

  const copy = async () => {
    const { text: rewritten, applied } = applyRewrites(checked.text, checked.findings);
    try {
      await navigator.clipboard.writeText(rewritten);
      setStatus(t("copied", applied));
    } catch {
      setStatus(t("copyFailed"));
    }
  };

  return (
    <div class="checker">
      <label for={`${idPrefix}-text`} class="field-label">
        {t("checkTextLabel")}
      </label>
      <textarea
        id={`${idPrefix}-text`}
        rows={rows}
        value={text}
        spellcheck={true}
        // biome-ignore lint/a11y/noAutofocus: the page exists to take this text
        autoFocus={autoFocus}
        onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
        aria-describedby={`${idPrefix}-summary`}
      />
      <fieldset class="channels">
        <legend>{t("channelLegend")}</legend>
        {(["message", "insert"] as const).map((c) => (
          <label key={c}>
            <input type="radio" name={`${idPrefix}-channel`} value={c} checked={channel === c} onChange={() => onChannel(c)} />
            {t(c === "message" ? "channelMessage" : "channelInsert")}
          </label>
        ))}
      </fieldset>
      <p id={`${idPrefix}-summary`} class="summary" role="status">
        {checked.text.trim() === ""
          ? t("emptyText")
          : checked.language
            ? t("notChecked", checked.language)
            : checked.findings.length === 0
              ? t("noFindings")
              : t("summaryText", violations)}
      </p>
      {checked.text.trim() !== "" ? (
        <section aria-labelledby={`${idPrefix}-hl`} class="highlighted-section">
          <h2 id={`${idPrefix}-hl`} class="small-heading">
            {t("highlightedHeading")}
          </h2>
          <div class="highlighted" data-highlighted>
            {runs.map((run) =>
              run.covers.length === 0 ? (
                run.text
              ) : (
                <mark key={run.start} class={checked.findings[run.covers[0]].severity} data-start={run.start}>
                  {run.text}
                </mark>
              ),
            )}
          </div>
        </section>
      ) : null}
      {checked.findings.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-findings`}>
          <h2 id={`${idPrefix}-findings`} class="small-heading">
            {t("findingsHeading")}
          </h2>
          <FindingGroups
            findings={checked.findings}
            level={3}
            idPrefix={idPrefix}
            actions={(f) =>
              f.suggestion !== undefined ? (
                <button type="button" data-action="apply" onClick={() => onText(applyRewrite(checked.text, f))}>
                  {t("applyRewrite")}
                </button>
              ) : null
            }
          />
          {canRewrite ? (
            <button type="button" class="primary" data-action="copy-rewritten" onClick={() => void copy()}>
              {t("copyWithRewrites")}
            </button>
          ) : null}
        </section>
      ) : null}
      <p class="status" role="status" data-status>
        {status}
      </p>
    </div>
  );
}
