/**
 * Decides whether the content script checks fields at the current address. Seller
 * Central is a single-page app, so the answer is re-asked after every navigation.
 */

/** Says whether checks run at an address; later issues pass their own (user-enabled sites). */
export type PathFilter = (url: URL) => boolean;

/** Contact Buyer, inbox replies and message templates all live under /messaging/. */
export const isMessagingPage: PathFilter = (url) => url.pathname === "/messaging" || url.pathname.startsWith("/messaging/");

/**
 * A frame is in scope when its own address passes, or when the top page's does:
 * about:blank, srcdoc and same-origin editor frames of a messaging page have
 * addresses of their own. `top` is null when the top page is cross-origin.
 */
export function frameInScope(own: string, top: string | null, filter: PathFilter): boolean {
  return passes(own, filter) || (top !== null && top !== own && passes(top, filter));
}

function passes(href: string, filter: PathFilter): boolean {
  try {
    return filter(new URL(href));
  } catch {
    return false;
  }
}

/** The frame's own address and, when readable, the top page's. */
export function currentAddresses(win: Window): { own: string; top: string | null } {
  let top: string | null = null;
  try {
    // Reading an ancestor's address, never its DOM; throws when cross-origin.
    top = win.top && win.top !== win ? win.top.location.href : null;
  } catch {
    top = null;
  }
  return { own: win.location.href, top };
}
