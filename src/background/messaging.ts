/**
 * How messages travel: one typed send helper and one typed receive helper over chrome.runtime
 * and chrome.tabs, and the rule of which context each message type may come from. The schemas
 * are in messages.ts; this module holds no zod, because the content script loads it (with the
 * validators the build compiles from those schemas). It uses `chrome.*` directly, not
 * webextension-polyfill: MV3 Chrome and Firefox both return promises there, and the polyfill
 * would cost the content script ≈10 KB for nothing.
 */
import { CATEGORY_IDS, type CategoryId } from "../rules/types.ts";
import type { CatalogReply, HelloReply, Message, Settings } from "./messages.ts";

export const SETTINGS_VERSION = 1;
export const DEFAULT_SETTINGS: Settings = { schemaVersion: SETTINGS_VERSION, enabled: true, disabledCategories: [] };
/** Longest excerpt kept per finding (what the popup shows); longer ones are cut. */
export const EXCERPT_MAX = 160;
/** At most this many findings per frame are reported. */
export const FINDINGS_MAX = 500;

/** The categories to check, or undefined for all (the engine's fast path). */
export function enabledCategories(settings: Settings): CategoryId[] | undefined {
  if (settings.disabledCategories.length === 0) return undefined;
  return CATEGORY_IDS.filter((id) => !settings.disabledCategories.includes(id));
}

export type MessageType = Message["type"];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
type Replies = { "content:hello": HelloReply; "content:catalog": CatalogReply; "popup:catalog": CatalogReply };
export type ReplyOf<T extends MessageType> = T extends keyof Replies ? Replies[T] : undefined;

/**
 * Validators for what arrives: the zod schemas at run time, or the build's compiled copies of
 * them. They only answer; `explain` (the schemas have it) says what was wrong, for the warning.
 */
export interface MessageValidators {
  message(raw: unknown): Message | undefined;
  helloReply(raw: unknown): HelloReply | undefined;
  catalogReply(raw: unknown): CatalogReply | undefined;
  explain?(what: "message" | "helloReply" | "catalogReply", raw: unknown): string;
}

// ---- the browser API, as much of it as messaging needs

export interface RawSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

type RawListener = (message: unknown, sender: RawSender, sendResponse: (response?: unknown) => void) => boolean | undefined;

export interface RuntimeApi {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(fn: RawListener): void; removeListener(fn: RawListener): void };
}

export interface TabsMessagingApi {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/** chrome.runtime in an extension context, else undefined (a plain page, Node). */
export function runtimeApi(): RuntimeApi | undefined {
  try {
    const runtime = (globalThis as { chrome?: { runtime?: RuntimeApi } }).chrome?.runtime;
    return runtime?.id ? runtime : undefined;
  } catch {
    // The extension context is gone (updated or removed).
    return undefined;
  }
}

const EXTENSION_PAGE = /^(chrome|moz|safari-web)-extension:\/\//;

export function warnDropped(reason: string, detail?: string): void {
  console.warn(`[outreach-guard] dropped a message: ${reason}`, detail ?? "");
}

/** Where a message came from, as the browser says. */
export interface Sender {
  /** The sender's tab and frame; undefined for the worker and extension pages. */
  tabId?: number;
  frameId?: number;
  url?: string;
}

/**
 * Validates an incoming message and its sender: undefined (with a warning) when the message is
 * malformed, comes from another extension, or comes from a context its type may not come from
 * (`content:*` only from a tab's frame; `worker:*` and `popup:*` never from a tab).
 */
export function acceptMessage(raw: unknown, sender: RawSender, runtimeId: string | undefined, validators: MessageValidators): { message: Message; from: Sender } | undefined {
  if (sender.id !== runtimeId) {
    warnDropped("not from this extension");
    return undefined;
  }
  const message = validators.message(raw);
  if (!message) {
    warnDropped("malformed", validators.explain?.("message", raw));
    return undefined;
  }
  const tabId = sender.tab?.id;
  // A content script speaks from a web page's frame; an extension page (the checker, the editor)
  // may sit in a tab too, but its address is the extension's own.
  const fromContentScript = tabId !== undefined && sender.frameId !== undefined && !EXTENSION_PAGE.test(sender.url ?? "");
  if (message.type.startsWith("content:") !== fromContentScript) {
    warnDropped(`${message.type} from the wrong context`);
    return undefined;
  }
  return { message, from: { tabId, frameId: sender.frameId, url: sender.url } };
}

export type Handlers = {
  [T in MessageType]?: (message: MessageOf<T>, from: Sender) => ReplyOf<T> | Promise<ReplyOf<T> | undefined> | undefined;
};

/**
 * Receives the message types `handlers` names (others are for another context and left
 * alone). Returns the function that stops listening.
 */
export function receive(handlers: Handlers, validators: MessageValidators, runtime: RuntimeApi | undefined = runtimeApi()): () => void {
  if (!runtime) return () => {};
  const listener: RawListener = (raw, sender, sendResponse) => {
    const received = acceptMessage(raw, sender, runtime.id, validators);
    const handler = received && (handlers[received.message.type] as ((m: Message, from: Sender) => unknown) | undefined);
    if (!received || !handler) return false;
    const reply = handler(received.message, received.from);
    if (!(reply instanceof Promise)) {
      if (reply !== undefined) sendResponse(reply);
      return false;
    }
    reply.then(sendResponse, (error: unknown) => {
      console.warn("[outreach-guard]", error);
      sendResponse(undefined);
    });
    // The reply comes later: keep the channel open.
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/**
 * Sends a message to the extension (content script or popup → worker). Resolves with the
 * validated reply; undefined when there is none, it is malformed, or nobody listens.
 */
export async function send<T extends MessageType>(
  message: MessageOf<T>,
  validators: MessageValidators,
  runtime: RuntimeApi | undefined = runtimeApi(),
): Promise<ReplyOf<T> | undefined> {
  if (!runtime) return undefined;
  let raw: unknown;
  try {
    raw = await runtime.sendMessage(message);
  } catch {
    // No receiver (the worker is starting or being replaced) or the extension context is gone.
    return undefined;
  }
  const kind = message.type === "content:hello" ? "helloReply" : message.type === "content:catalog" || message.type === "popup:catalog" ? "catalogReply" : undefined;
  if (kind === undefined) return undefined;
  const reply = validators[kind](raw);
  if (!reply) warnDropped("malformed reply", validators.explain?.(kind, raw));
  return reply as ReplyOf<T> | undefined;
}

/** Sends a message to a tab's content scripts: one frame, or all of them. Never rejects. */
export async function sendToTab<T extends MessageType>(tabs: TabsMessagingApi, tabId: number, message: MessageOf<T>, frameId?: number): Promise<void> {
  try {
    await tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    // The tab has no content script (any more): nobody to tell.
  }
}
