/** A reply box whose value a Preact component controls: every render writes state back into it. */
import { useBrowser } from "./harness.ts";
import { describeFieldSuite } from "./suite.ts";
import { preactReply } from "./targets.ts";

const browser = useBrowser();
describeFieldSuite("Reply box controlled by Preact", preactReply, browser);
