/** Rule examples of every language. For tests and the build's catalog check; never bundled into the extension. */
import { examples as en } from "./en/examples.ts";
import type { RuleExamples } from "./types.ts";

export const examplesByLanguage: Readonly<Record<string, Readonly<Record<string, RuleExamples>>>> = { en };
