/**
 * The content script's answers to the popup: `popup:status` (is this frame checked, how many
 * fields) and `popup:focus-finding` (scroll to a finding, select it in its field and focus its
 * mark, which opens its card). The popup tells a tab opened before the extension was installed
 * or updated by nobody answering here.
 */
import type { FocusReply, PageStatus } from "../background/messages.ts";
import { acceptMessage, type RawSender, runtimeApi } from "../background/messaging.ts";
import type { FieldSession } from "./field-session.ts";
import { validators } from "./message-validators.ts";

export interface PopupAnswerContext {
  /** Whether this frame is checked now (in scope and enabled). */
  active(): boolean;
  sessions(): Iterable<FieldSession>;
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

/** Starts answering; returns the function that stops. */
export function answerPopup(ctx: PopupAnswerContext): () => void {
  const runtime = runtimeApi();
  if (!runtime) return () => {};
  const listener = ctx.guard((raw: unknown, sender: RawSender, sendResponse: (response?: unknown) => void) => {
    // Only popup:* concern us here; anything else is left to the worker link's own listener.
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== "string" || !type.startsWith("popup:")) return;
    const received = acceptMessage(raw, sender, runtime.id, validators);
    if (!received) return;
    const message = received.message;
    if (message.type === "popup:status") {
      const fields = [...ctx.sessions()].length;
      if (message.onlyWithFields && fields === 0) return;
      sendResponse({ active: ctx.active(), fields } satisfies PageStatus);
    } else if (message.type === "popup:focus-finding") {
      const focused = focusFinding(ctx.sessions(), message.ruleId, message.start, message.end);
      // Frames without the finding stay silent, so the frame that has it answers.
      if (focused) sendResponse({ focused } satisfies FocusReply);
    }
  });
  const wrapped = (raw: unknown, sender: RawSender, sendResponse: (response?: unknown) => void) => {
    listener(raw, sender, sendResponse);
    return false;
  };
  runtime.onMessage.addListener(wrapped);
  return () => runtime.onMessage.removeListener(wrapped);
}

function focusFinding(sessions: Iterable<FieldSession>, ruleId: string, start: number, end: number): boolean {
  for (const session of sessions) {
    const finding = session.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
    if (!finding) continue;
    (session.field as HTMLElement).scrollIntoView({ block: "center", inline: "nearest" });
    const target = session.target();
    target.focus();
    target.select(start, end);
    session.layout();
    const mark = session.marks.find((m) => m.finding === finding);
    // Focus on the mark opens its card (main.ts); a mark scrolled out of its field stays hidden,
    // and the selection in the field shows the finding instead.
    if (mark && !mark.el.hidden) mark.el.focus();
    return true;
  }
  return false;
}
