/**
 * The content script for a site the seller added in Options with the `insert` channel
 * (packaging inserts and cards: websites and coupons allowed): every path of the site is
 * checked. The boot (boot.ts); the worker injects the rest.
 */
import { boot } from "./boot.ts";

boot({ channel: "insert", pathFilter: () => true });
