/**
 * The content script for a site the seller added in Options with the `message` channel
 * (registered by src/background/site-access.ts): every path of the site is checked.
 */
import { startContentScript } from "./main.ts";
import { connectWorker } from "./worker-link.ts";

startContentScript({ channel: "message", pathFilter: () => true, connect: connectWorker });
