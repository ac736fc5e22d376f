/**
 * The content script bundle's entry (dist/chrome/content.js): check buyer messages
 * on Seller Central's messaging pages. The manifest injects it on every Seller
 * Central host, in every frame; it stays idle outside /messaging/.
 */
import { startContentScript } from "./main.ts";
import { isMessagingPage } from "./page-scope.ts";
import { connectWorker } from "./worker-link.ts";

startContentScript({ channel: "message", pathFilter: isMessagingPage, guardSend: true, connect: connectWorker });
