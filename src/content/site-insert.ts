/**
 * The content script for a site the seller added in Options with the `insert` channel
 * (packaging inserts and cards: websites and coupons allowed): every path of the site is checked.
 */
import { startContentScript } from "./main.ts";
import { connectWorker } from "./worker-link.ts";

startContentScript({ channel: "insert", pathFilter: () => true, connect: connectWorker });
