/**
 * The content script for a site the seller added in Options with the `message` channel
 * (registered by src/background/site-access.ts): every path of the site is checked. The boot
 * (boot.ts); the worker injects the rest.
 */
import { boot } from "./boot.ts";

boot({ channel: "message", pathFilter: () => true });
