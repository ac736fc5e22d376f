/**
 * Firefox: the shared field suite on the other reply fields Chromium runs it on — the inbox's
 * composer rendered after in-app navigation, a reply in a translated, scaled, scrolling drawer, and
 * a textarea a Preact component controls.
 */
import { useFirefox } from "./firefox.ts";
import { describeFieldSuite } from "./suite.ts";
import { inbox, preactReply, quickReply } from "./targets.ts";

const browser = useFirefox();
describeFieldSuite("Firefox: inbox reply (composer rendered after a thread click)", inbox, browser);
describeFieldSuite("Firefox: quick reply in a translated, scaled, scrolling drawer", quickReply, browser);
describeFieldSuite("Firefox: reply box controlled by Preact", preactReply, browser);
