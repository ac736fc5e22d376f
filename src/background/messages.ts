/**
 * Every message between the extension's contexts (content scripts, the service worker, the
 * popup) is one member of the discriminated union `Message`, declared here with zod, once.
 * Receivers validate what arrives against these schemas; a message that does not parse, or
 * that comes from a context its type may not come from (messaging.ts), is dropped with a
 * console warning and never acted on.
 *
 * The sender's tab and frame are not fields of the messages: the browser supplies them
 * (runtime.MessageSender), so a page cannot claim to be another tab; the receive helper hands
 * them to the handler next to the message.
 *
 * The worker and extension pages validate with these schemas at run time. The content script
 * does not load zod at all (≈19 KB even as zod/mini, a fifth of its budget): the build compiles
 * these same schemas into plain validator functions with zod's own code generator
 * (scripts/message-validators.ts), and the content script imports those.
 */
import * as z from "zod/mini";
import { CATEGORY_IDS } from "../rules/types.ts";
import { EXCERPT_MAX, FINDINGS_MAX, type MessageValidators, SETTINGS_VERSION } from "./messaging.ts";

// Zod's fast path compiles validators with `new Function`; even its probe is reported as a
// CSP violation in extension contexts, so it is never tried.
z.config({ jitless: true });

const category = z.enum(CATEGORY_IDS);
const offset = z.int().check(z.nonnegative());
/** A 64-bit hash as 16 hex digits (ignore-list keys: never seller text). */
const hash = z.string().check(z.regex(/^[0-9a-f]{16}$/));

/** Settings, stored in storage.local under "settings". */
export const Settings = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  enabled: z.boolean(),
  /** Categories the seller turned off; a category added later is on by default. */
  disabledCategories: z.array(category),
});
export type Settings = z.infer<typeof Settings>;

/** One finding as a frame reports it: what the badge counts and the popup lists. */
export const FindingSummary = z.object({
  ruleId: z.string().check(z.maxLength(120)),
  category,
  severity: z.enum(["violation", "advice"]),
  start: offset,
  end: offset,
  excerpt: z.string().check(z.maxLength(EXCERPT_MAX)),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

const WorkerSettings = z.object({ type: z.literal("worker:settings"), settings: Settings });
const WorkerIgnored = z.object({ type: z.literal("worker:ignored"), keys: z.array(hash) });
/**
 * The popup asks a tab's content script what it sees (it answers with a PageStatus); with
 * `onlyWithFields` only frames that hold a checked field answer (a broadcast to every frame).
 */
const PopupStatus = z.object({ type: z.literal("popup:status"), onlyWithFields: z.boolean() });
/** The popup asks the frame showing a finding to scroll to it and focus it (reply: FocusReply). */
const PopupFocusFinding = z.object({ type: z.literal("popup:focus-finding"), ruleId: z.string().check(z.maxLength(120)), start: offset, end: offset });

/** `content:*` come from a tab's content script, `worker:*` from the service worker, `popup:*` from an extension page. */
export const Message = z.discriminatedUnion("type", [
  /** A content script started in a frame; the reply carries settings and the tab's ignore list. */
  z.object({ type: z.literal("content:hello") }),
  /** A content script's boot found its fields and the page's first frame is out: the worker injects the rest (content/boot.ts). */
  z.object({ type: z.literal("content:load") }),
  /** A content script on a messaging page asks for the compiled rule catalog (the reply is a CatalogReply). */
  z.object({ type: z.literal("content:catalog"), lang: z.string().check(z.maxLength(8)) }),
  /** Everything the frame shows now; replaces what it reported before. */
  z.object({ type: z.literal("content:findings"), findings: z.array(FindingSummary).check(z.maxLength(FINDINGS_MAX)) }),
  /** The seller ignored a finding: its key joins the tab's ignore list. */
  z.object({ type: z.literal("content:ignore"), key: hash }),
  /** Settings changed. */
  WorkerSettings,
  /** The tab's ignore list changed. */
  WorkerIgnored,
  /** An extension page (popup, checker, editor) asks for the compiled rule catalog (reply: CatalogReply). */
  z.object({ type: z.literal("popup:catalog"), lang: z.string().check(z.maxLength(8)) }),
  /** The popup saves settings. */
  z.object({ type: z.literal("popup:settings"), settings: Settings }),
  PopupStatus,
  PopupFocusFinding,
]);
/** The members a content script can receive (from the worker and the popup): what the build compiles for it. */
export const ToContent = z.discriminatedUnion("type", [WorkerSettings, WorkerIgnored, PopupStatus, PopupFocusFinding]);
export type Message = z.infer<typeof Message>;

export const HelloReply = z.object({ settings: Settings, ignored: z.array(hash) });
export type HelloReply = z.infer<typeof HelloReply>;

// The compiled rule catalog the worker hands a content script (src/rules/catalog-data.ts).
const ids = z.array(z.int().check(z.nonnegative()));
const CatalogData = z.object({
  version: z.int(),
  lang: z.string(),
  numberWords: z.array(z.tuple([z.string(), z.string()])),
  letterWords: z.array(z.string()),
  abbreviations: z.array(z.string()),
  /** [expanded source, prefixes or null, trigger or null, sentence-anchored] */
  terms: z.array(z.tuple([z.string(), z.nullable(z.array(z.string())), z.nullable(z.string()), z.boolean()])),
  /** [term ids, gaps, anchor term ids] */
  patterns: z.array(z.tuple([ids, ids, ids])),
  rules: z.array(
    z.object({
      spec: z.object({
        id: z.string(),
        category,
        channels: z.array(z.enum(["message", "insert"])),
        severity: z.enum(["violation", "advice"]),
        message: z.string(),
        suggestion: z.optional(z.string()),
        span: z.optional(z.tuple([z.int(), z.int()])),
        sharedExceptions: z.optional(z.boolean()),
      }),
      patterns: ids,
      also: ids,
      unless: ids,
      near: z.optional(z.object({ patterns: ids, scope: z.union([z.enum(["sentence", "paragraph", "text"]), z.int()]) })),
    }),
  ),
  exceptions: ids,
  /** [category, title, policy, policy reference, why, fix] */
  texts: z.array(z.tuple([category, z.string(), z.string(), z.string(), z.string(), z.string()])),
});
export const CatalogReply = z.object({ catalog: CatalogData });
export type CatalogReply = z.infer<typeof CatalogReply>;

/** A content script's answer to popup:status: whether it checks this frame, and how many fields it checks. */
export interface PageStatus {
  active: boolean;
  fields: number;
}
/** A content script's answer to popup:focus-finding. */
export interface FocusReply {
  focused: boolean;
}



/** Validation with the run-time schemas (worker, popup), which can say what was wrong. */
export const schemaValidators: MessageValidators = {
  message: (raw) => parsedOrUndefined(Message.safeParse(raw)),
  helloReply: (raw) => parsedOrUndefined(HelloReply.safeParse(raw)),
  catalogReply: (raw) => parsedOrUndefined(CatalogReply.safeParse(raw)),
  explain(what, raw) {
    const parsed = (what === "message" ? Message : what === "helloReply" ? HelloReply : CatalogReply).safeParse(raw);
    return parsed.success ? "" : z.prettifyError(parsed.error);
  },
};

function parsedOrUndefined<T>(result: { success: true; data: T } | { success: false }): T | undefined {
  return result.success ? result.data : undefined;
}

/** Settings read from storage, or undefined when they do not fit the schema. */
export function parseSettings(raw: unknown): Settings | undefined {
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
