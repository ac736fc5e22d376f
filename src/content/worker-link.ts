/**
 * The content script's side of the messages (src/background/messages.ts): says hello to the
 * worker for the settings and the tab's ignore list, reports what the frame shows (at most a
 * few times a second, and only when it changed), and hands on what the worker tells it.
 */
import type { HelloReply, Settings } from "../background/messages.ts";
import { EXCERPT_MAX, FINDINGS_MAX, receive, runtimeApi, send } from "../background/messaging.ts";
import type { CatalogData } from "../rules/catalog-data.ts";
import type { Finding } from "../rules/types.ts";
import { validators } from "./message-validators.ts";

/** Findings reach the worker at most this often while the seller types. */
const REPORT_MS = 250;

export interface WorkerLink {
  /** The settings and ignore list; null when the worker did not answer (the defaults apply). */
  hello(): Promise<HelloReply | null>;
  /** The compiled rule catalog; null when the worker did not answer. */
  catalog(lang: string): Promise<CatalogData | null>;
  /** What the frame shows now; sent when it differs from the last report. */
  report(findings: readonly Finding[]): void;
  ignore(key: string): void;
  stop(): void;
}

export interface LinkListeners {
  settings(settings: Settings): void;
  ignored(keys: string[]): void;
}

/** The link to the worker, or null outside an extension (a test page loading the bundle). */
export function connectWorker(listeners: LinkListeners): WorkerLink | null {
  const runtime = runtimeApi();
  if (!runtime) return null;
  let latest: readonly Finding[] = [];
  let sent = "";
  let timer = 0;

  const stopReceiving = receive(
    {
      "worker:settings": (m) => {
        listeners.settings(m.settings);
        return undefined;
      },
      "worker:ignored": (m) => {
        listeners.ignored(m.keys);
        return undefined;
      },
    },
    validators,
    runtime,
  );

  const flush = () => {
    timer = 0;
    const findings = latest.slice(0, FINDINGS_MAX).map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      excerpt: f.excerpt.slice(0, EXCERPT_MAX),
    }));
    const signature = findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`).join(" ");
    if (signature === sent) return;
    sent = signature;
    void send({ type: "content:findings", findings }, validators, runtime);
  };

  // A page leaving (reload, navigation, its frame removed) shows nothing any more.
  const onPageHide = () => {
    latest = [];
    flush();
  };
  addEventListener("pagehide", onPageHide);

  return {
    async hello() {
      return (await send({ type: "content:hello" }, validators, runtime)) ?? null;
    },
    async catalog(lang) {
      return ((await send({ type: "content:catalog", lang }, validators, runtime))?.catalog as CatalogData | undefined) ?? null;
    },
    report(findings) {
      latest = findings;
      timer ||= window.setTimeout(flush, REPORT_MS);
    },
    ignore(key) {
      void send({ type: "content:ignore", key }, validators, runtime);
    },
    stop() {
      stopReceiving();
      removeEventListener("pagehide", onPageHide);
      window.clearTimeout(timer);
    },
  };
}
