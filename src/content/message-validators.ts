/**
 * How the content script validates what the worker sends. The build replaces this module with
 * validators compiled from the same zod schemas (scripts/message-validators.ts), so the content
 * script carries no zod; type checks and unit tests use the schemas themselves.
 */
export { schemaValidators as validators } from "../background/messages.ts";
