/** Every English rule's examples. Imported by tests and the build's catalog check only, never bundled. */
import type { RuleExamples } from "../types.ts";
import { examples as affiliated } from "./rules/affiliated-review.examples.ts";
import { examples as competitor } from "./rules/competitor-review.examples.ts";
import { examples as marketing } from "./rules/marketing.examples.ts";
import { examples as offAmazon } from "./rules/off-amazon-contact.examples.ts";
import { examples as positive } from "./rules/positive-review-request.examples.ts";
import { examples as change } from "./rules/review-change.examples.ts";
import { examples as gating } from "./rules/review-gating.examples.ts";
import { examples as incentive } from "./rules/review-incentive.examples.ts";
import { examples as service } from "./rules/review-service.examples.ts";
import { examples as votes } from "./rules/vote-manipulation.examples.ts";

export const examples: Readonly<Record<string, RuleExamples>> = {
  ...change,
  ...incentive,
  ...positive,
  ...gating,
  ...affiliated,
  ...competitor,
  ...service,
  ...votes,
  ...offAmazon,
  ...marketing,
};
