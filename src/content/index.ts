/**
 * The content script bundle's entry (dist/chrome/content.js): check buyer messages
 * on Seller Central's messaging pages. The manifest injects it on every Seller
 * Central host, in every frame; it stays idle outside /messaging/. This is the boot
 * (boot.ts); the worker injects the rest (ui.ts) after the page's first frame.
 */
import { boot } from "./boot.ts";
import { isMessagingPage } from "./page-scope.ts";

boot({ channel: "message", pathFilter: isMessagingPage, guardSend: true });
