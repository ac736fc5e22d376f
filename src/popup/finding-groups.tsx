/**
 * Findings grouped by category, in the catalog's category order: for each category its title,
 * the policy sentence it breaks with its place in the policy, why and how to fix; then each
 * finding with its excerpt, the rule's message and the compliant rewrite. Shared by the popup's
 * "This page" and every text checker. All text is rendered as text nodes.
 */
import type { ComponentChildren } from "preact";
import { CATEGORY_IDS, type CategoryId } from "../rules/types.ts";
import { categoryText } from "../rules/texts.ts";
import { t } from "./i18n.ts";
import { policyPlace } from "./policy-place.ts";

export interface ShownFinding {
  ruleId: string;
  category: CategoryId;
  severity: "violation" | "advice";
  start: number;
  end: number;
  excerpt: string;
  message?: string;
  suggestion?: string;
}

interface Props<F extends ShownFinding> {
  findings: readonly F[];
  /** Buttons under one finding (Show in page, Apply rewrite). */
  actions?: (finding: F, index: number) => ComponentChildren;
  /** Heading level of the category titles. */
  level?: 2 | 3;
  idPrefix: string;
}

export function FindingGroups<F extends ShownFinding>({ findings, actions, level = 2, idPrefix }: Props<F>) {
  const Heading = level === 2 ? "h2" : "h3";
  const groups = CATEGORY_IDS.map((id) => ({ id, items: findings.map((f, i) => ({ f, i })).filter(({ f }) => f.category === id) })).filter((g) => g.items.length > 0);
  return (
    <div class="groups">
      {groups.map((group) => {
        const text = categoryText(group.id);
        const headingId = `${idPrefix}-${group.id}`;
        return (
          <section class="group" key={group.id} aria-labelledby={headingId} data-group={group.id}>
            <Heading id={headingId} class="group-title">
              {text.title} <span class="count">({group.items.length})</span>
            </Heading>
            <dl class="explain">
              <dt>{t("partPolicy")}</dt>
              <dd>
                <q data-part="policy">{text.policy}</q>
              </dd>
              <dt>{t("partPlace")}</dt>
              <dd data-part="place">{policyPlace(text.policyRef)}</dd>
              <dt>{t("partWhy")}</dt>
              <dd data-part="why">{text.why}</dd>
              <dt>{t("partFix")}</dt>
              <dd data-part="fix">{text.fix}</dd>
            </dl>
            <ul class="findings">
              {group.items.map(({ f, i }) => (
                <li key={`${f.ruleId}:${f.start}:${f.end}:${i}`} class={`finding ${f.severity}`} data-finding-item data-rule={f.ruleId} data-start={f.start} data-end={f.end}>
                  <p class="excerpt">
                    <span class="quote" data-part="excerpt">
                      {f.excerpt}
                    </span>
                    {f.severity === "advice" ? <span class="tag"> {t("advice")}</span> : null}
                  </p>
                  {f.message ? <p data-part="message">{f.message}</p> : null}
                  <p class="rewrite" data-part="rewrite">
                    <span class="label">{t("partRewrite")}: </span>
                    {f.suggestion === undefined ? t("rewriteNone") : f.suggestion === "" ? t("rewriteDelete") : <span class="quote">{f.suggestion}</span>}
                  </p>
                  {actions ? <div class="actions">{actions(f, i)}</div> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
