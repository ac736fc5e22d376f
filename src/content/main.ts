/**
 * The content script's shell: decides where it runs, wires page events to field
 * sessions and the card, and tears everything down when the extension goes away.
 * startContentScript() is the one entry; Seller Central messaging is one
 * configuration of it (index.ts), user-enabled sites will be another.
 */
import type { Settings } from "../background/messages.ts";
import { DEFAULT_SETTINGS, enabledCategories } from "../background/messaging.ts";
import type { CatalogData } from "../rules/catalog-data.ts";
import { categoryText, hasCatalog, installCatalog, warmCatalog } from "../rules/runtime.ts";
import type { CategoryId, CategoryText, Channel, Finding } from "../rules/types.ts";
import { applyRewrite, REASONS } from "./apply-rewrite.ts";
import { Card, type CardMode } from "./card.ts";
import type { EarlyScan } from "./early-scan.ts";
import { type Field, FieldDiscovery, fieldOfEvent } from "./field-discovery.ts";
import { FieldSession } from "./field-session.ts";
import { answerPopup } from "./focus-finding.ts";
import type { Mark } from "./highlights.ts";
import { IgnoreList, ignoreKey } from "./ignore-list.ts";
import { createLifecycle, extensionContextProbe } from "./lifecycle.ts";
import { Overlay } from "./overlay.ts";
import { currentAddresses, frameInScope, isMessagingPage, type PathFilter } from "./page-scope.ts";
import { type Blocked, SendGuard } from "./send-guard.ts";
import type { LinkListeners, WorkerLink } from "./worker-link.ts";

export interface ContentScriptOptions {
  channel: Channel;
  /** Where checks run; re-asked after every in-app navigation. Default: Seller Central messaging. */
  pathFilter?: PathFilter;
  /** Says whether the extension that injected us is still there (default: chrome.runtime.id). */
  contextAlive?: () => boolean;
  /** Guards the composer's Send while violations remain (Seller Central messaging). */
  guardSend?: boolean;
  /**
   * Connects to the service worker (settings, the tab's ignore list, findings for the badge).
   * Without it, or when it returns null, the defaults apply and nothing is reported.
   */
  connect?: (listeners: LinkListeners) => WorkerLink | null;
  /** The fields the boot found (boot.ts): the first discovery continues from it. */
  early?: EarlyScan | null;
  /** Started after the page's first frame (by the boot): the worker is connected at once. */
  afterFirstFrame?: boolean;
}

export interface ContentScript {
  stop(): void;
}

/** Layout and silent-change polling; also how SPA navigation without events is noticed. */
const TICK_MS = 400;
/** Every this many ticks, fields' computed style is read again (see tick). */
const STYLE_TICKS = 5;
/** Checks of other fields stop for this frame once it has spent this long (the focused field is always checked). */
const CHECK_BUDGET_MS = 5;
/** Warming the catalog's expressions runs in idle slices of this length. */
const WARM_SLICE_MS = 6;
/** Placing boxes of other fields stops once the frame has spent this long, checked every PLACE_BATCH fields. */
const LAYOUT_BUDGET_MS = 10;
const PLACE_BATCH = 25;
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 350;
/** The worker is connected after the first frame, or after this long on a page that renders none. */
const CONNECT_LATEST_MS = 250;

export function startContentScript(options: ContentScriptOptions): ContentScript {
  const win = window;
  const doc = win.document;
  const filter = options.pathFilter ?? isMessagingPage;
  // The extension's API is first touched when the worker is connected, after the first frame
  // (binding it costs milliseconds): until then the context cannot have been lost.
  let connected = false;
  const probe = options.contextAlive ?? extensionContextProbe();
  const life = createLifecycle(() => !connected || probe());
  const { guard, signal } = life;
  const ignored = new IgnoreList();
  /** Why Apply failed, per rule and excerpt, so a re-check does not offer it again. Page life only. */
  const applyFailures = new Map<string, string>();
  const failureKey = (f: Finding) => ignoreKey(f.ruleId, f.excerpt);
  const sessions = new Map<Field, FieldSession>();
  /**
   * Fields found before anything can be checked (the catalog and settings come from the worker):
   * a session, its marks and the overlay are built only once they can show something, so
   * finding the fields costs the page next to nothing.
   */
  const waiting = new Set<Field>();
  const dirty = new Set<FieldSession>();
  /** Sessions whose boxes are to be placed again (after a tick or a resize), a frame's budget at a time. */
  const toPlace = new Set<FieldSession>();
  /** Sessions whose field changed size: their mirrors are measured again, a frame's budget at a time. */
  const toMeasure = new Set<FieldSession>();
  /** Fields the page removed: their sessions are torn down a frame's budget at a time. */
  const toRemove = new Set<Field>();
  const watchedRoots = new WeakSet<Node>();
  let overlay: Overlay | null = null;
  let discovery: FieldDiscovery | null = null;
  let card: Card | null = null;
  let cardSession: FieldSession | null = null;
  let cardMark: HTMLElement | null = null;
  let active = false;
  let addresses = "";
  let frame = 0;
  let layoutDue = false;
  let hoverTimer = 0;
  let hoverTarget: Finding | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let categories: CategoryId[] | undefined;
  const sendGuard = options.guardSend ? new SendGuard<FieldSession>() : null;
  let link: WorkerLink | null = null;
  /**
   * Checks wait for the settings when there is a worker to ask (a disabled extension shows
   * nothing). Fields are found and tracked before: the page's first frame does not wait for the
   * worker's answer.
   */
  let settingsKnown = !options.connect;

  /** A category's texts come with the catalog: findings exist only once it is installed. */
  const textOf = (id: CategoryId): CategoryText => categoryText(id) ?? { title: id, policy: "", policyRef: "", why: "", fix: "" };
  const label = (f: Finding) => `${textOf(f.category).title}: “${f.excerpt}”`;

  /** Built with the first session: a page never checked pays nothing for it when the script loads. */
  let resizeObserver: ResizeObserver | null = null;
  const resizes = () =>
    (resizeObserver ??= new ResizeObserver(
      guard((entries: ResizeObserverEntry[]) => {
        // Measured in the next frame with the others, a frame's budget at a time: measuring here,
        // one field after another, laid the page out once a field (seconds for 1,000 new fields).
        for (const entry of entries) {
          const session = sessions.get(entry.target as Field);
          if (session) toMeasure.add(session);
        }
        layoutDue = true;
        schedule();
      }),
    ));

  /** The element with focus, through open shadow roots (a kat-textarea's inner textarea). */
  function focusedField(): Element | null {
    let element = doc.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  }

  // ---- scheduling: checks and redraws run at most once a frame, in it or just after it
  function schedule(): void {
    if (!frame && active) {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        flush();
      });
    }
  }

  /**
   * Typing: the check runs just after the next frame is drawn, not inside it. The page has then
   * laid out the edited field itself, so measuring our mirror lays out the mirror alone instead
   * of forcing the page's layout into our script. Underlines follow one frame later.
   */
  let afterFrame = 0;
  let afterFrameTimer = 0;
  function scheduleAfterFrame(): void {
    if (frame || afterFrame || afterFrameTimer || !active) return;
    afterFrame = win.requestAnimationFrame(() => {
      afterFrame = 0;
      afterFrameTimer = win.setTimeout(() => {
        afterFrameTimer = 0;
        flush();
      }, 0);
    });
  }

  // Only the animation-frame callback clears `frame`: a flush run after the frame must not, or a
  // frame already asked for would be asked for again, and two flushes would share one frame.
  const flush = guard(() => {
    // The field being typed in first; then the others while this frame's budget lasts, the
    // rest in the next frames, so a page with many filled fields never gets one long task.
    const focused = [...dirty].find((s) => s.field === focusedField());
    const checked: FieldSession[] = [];
    const started = performance.now();
    for (const session of focused ? [focused, ...dirty] : [...dirty]) {
      if (checked.includes(session)) continue;
      if (checked.length > 0 && performance.now() - started > CHECK_BUDGET_MS) break;
      dirty.delete(session);
      session.compute();
      checked.push(session);
    }
    // Geometry in phases across fields: every read of the fields' style (before any element of
    // ours changes, so the layout the page already has serves), then the marks and mirror writes,
    // every read of the mirrors, every box placed: laid out once a frame, not once a field.
    for (const session of checked) toMeasure.delete(session);
    const styles = checked.map((session) => session.measureStyle());
    for (const session of checked) session.draw(false);
    measureAll(checked, styles);
    // Fields that changed size, then every box to place again: a batch at a time while the
    // frame's budget lasts, the rest in the next frames (a thousand fields never make one long task).
    const overBudget = () => performance.now() - started > LAYOUT_BUDGET_MS;
    while (toMeasure.size > 0 && !overBudget()) {
      const batch = take(toMeasure, PLACE_BATCH);
      for (const session of batch) toPlace.add(session);
      measureAll(batch, batch.map((session) => session.measureStyle()));
    }
    if (layoutDue) for (const session of sessions.values()) toPlace.add(session);
    layoutDue = false;
    for (const session of checked) toPlace.delete(session);
    placeAll(checked);
    while (toPlace.size > 0 && !overBudget()) placeAll(take(toPlace, PLACE_BATCH));
    // Fields the page removed, a batch at a time too.
    while (toRemove.size > 0 && !overBudget()) for (const field of take(toRemove, PLACE_BATCH)) removeField(field);
    if (dirty.size > 0 || toPlace.size > 0 || toMeasure.size > 0 || toRemove.size > 0) schedule();
    syncCard();
    if (checked.length > 0) report();
  });

  /** Mirror writes for all, then mirror reads for all: one layout for the batch. */
  function measureAll(batch: FieldSession[], styles: ReturnType<FieldSession["measureStyle"]>[]): void {
    for (let i = 0; i < batch.length; i++) batch[i].measureWrite(styles[i]);
    for (const session of batch) session.measureRead();
  }

  /** Reads where every box of the batch goes, then moves them all. */
  function placeAll(batch: FieldSession[]): void {
    const placements = batch.map((session) => session.layoutRead());
    for (let i = 0; i < batch.length; i++) batch[i].layoutWrite(placements[i]);
  }

  /** Up to `n` items out of `set`, in order. */
  function take<T>(set: Set<T>, n: number): T[] {
    const out: T[] = [];
    for (const item of set) {
      if (out.length === n) break;
      out.push(item);
    }
    for (const item of out) set.delete(item);
    return out;
  }

  // ---- the worker: settings, the tab's ignore list, what this frame shows
  function report(): void {
    if (!link || !settingsKnown) return;
    const shown: Finding[] = [];
    for (const session of sessions.values()) shown.push(...session.findings);
    link.report(shown);
  }

  function applySettings(next: Settings): void {
    settingsKnown = true;
    settings = next;
    categories = enabledCategories(next);
    addresses = "";
    updateScope();
    adoptWaiting();
    for (const session of sessions.values()) dirty.add(session);
    schedule();
  }

  /** Checks can run (catalog warmed, settings known): the fields found so far get their sessions. */
  function adoptWaiting(): void {
    if (!canCheck() || !active) return;
    for (const field of waiting) addField(field);
    waiting.clear();
  }

  function canCheck(): boolean {
    return engineReady && settingsKnown;
  }

  function mergeIgnored(keys: string[]): void {
    if (!ignored.merge(keys)) return;
    for (const session of sessions.values()) session.refilter();
    syncCard();
    report();
  }

  // ---- scope: idle outside the filter; SPA navigation turns us on and off
  function updateScope(): void {
    const { own, top } = currentAddresses(win);
    const key = `${own} ${top}`;
    if (key === addresses) return;
    addresses = key;
    const next = (!settingsKnown || settings.enabled) && frameInScope(own, top, filter);
    if (next === active) return;
    if (next) activate();
    else deactivate();
  }

  function activate(): void {
    active = true;
    loadCatalog();
    const early = takeEarly();
    if (early) {
      discovery = early.discovery;
      for (const field of early.handOver((f) => addField(f))) addField(field);
      return;
    }
    discovery = new FieldDiscovery((field) => addField(field), guard);
    discovery.watch(doc);
  }

  /** The boot's discovery, once: a later activation (after navigation) walks the page anew. */
  let early = options.early ?? null;
  function takeEarly(): EarlyScan | null {
    const taken = early;
    early = null;
    return taken;
  }

  /**
   * The rule catalog comes compiled from the worker, once per frame: the page
   * never spends the tens of milliseconds compiling takes. Fields are checked
   * again when it arrives.
   */
  let catalogRequested = false;
  function loadCatalog(): void {
    if (catalogRequested || hasCatalog() || !link) return;
    catalogRequested = true;
    void link.catalog("en").then(
      guard((data: CatalogData | null) => {
        if (!data) {
          catalogRequested = false;
          console.warn("[outreach-guard] the rule catalog did not arrive; nothing is checked on this page");
          return;
        }
        // Installing takes a few milliseconds too: in an idle moment, after the page's first frames.
        whenIdle(() => {
          installCatalog(data);
          warmEngine();
        });
      }),
    );
  }

  /**
   * Runs the catalog's expressions once in idle moments (V8 compiles them then), a few
   * milliseconds at a time, before the first check: page load never gets one long task.
   */
  let engineReady = false;
  function warmEngine(): void {
    const step = () => {
      if (!warmCatalog("en", WARM_SLICE_MS)) {
        whenIdle(step);
        return;
      }
      engineReady = true;
      adoptWaiting();
      for (const session of sessions.values()) dirty.add(session);
      schedule();
    };
    whenIdle(step);
  }

  /** Runs `fn` in an idle moment (soon, at the latest), unless the script has stopped. */
  function whenIdle(fn: () => void): void {
    const idle = (win as { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
    const run = guard(() => {
      if (!life.stopped) fn();
    });
    if (idle) idle.call(win, run, { timeout: 100 });
    else win.setTimeout(run, 0);
  }

  function deactivate(): void {
    active = false;
    discovery?.stop();
    discovery = null;
    closeCard();
    waiting.clear();
    for (const field of [...sessions.keys()]) removeField(field);
    overlay?.detach();
    report();
  }

  function addField(field: Field): FieldSession | null {
    let session = sessions.get(field);
    if (session) return session;
    if (!canCheck()) {
      waiting.add(field);
      return null;
    }
    // The overlay joins the page with the first field it can check, not before.
    if (!overlay) {
      overlay = createOverlay();
      listenForOverlay();
    }
    overlay.attach();
    session = new FieldSession(field, { channel: options.channel, categories: () => categories, overlay, ignored, label, engineReady: canCheck });
    sessions.set(field, session);
    resizes().observe(field);
    // Scroll events do not cross shadow roots (not composed): listen on each root above the field.
    field.addEventListener("scroll", onScroll, { passive: true, signal });
    for (let root = field.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      // A root found through an event (not by scanning) is watched from now on.
      discovery?.watch(root);
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      root.addEventListener("scroll", onScroll, { capture: true, passive: true, signal });
    }
    dirty.add(session);
    // After the frame: a page that just added fields has laid them out by then, not in our task.
    scheduleAfterFrame();
    return session;
  }

  function removeField(field: Field): void {
    waiting.delete(field);
    const session = sessions.get(field);
    if (!session) return;
    if (cardSession === session) closeCard();
    session.destroy();
    dirty.delete(session);
    toPlace.delete(session);
    toMeasure.delete(session);
    toRemove.delete(field);
    resizeObserver?.unobserve(field);
    field.removeEventListener("scroll", onScroll);
    sessions.delete(field);
  }

  // ---- the card
  function createOverlay(): Overlay {
    const o = new Overlay(doc, guard);
    // Focus on a finding (Tab) opens its card; Enter, Space or ↓ moves into it (or reopens it after Escape).
    o.root.addEventListener(
      "focusin",
      guard((e: Event) => {
        const el = (e.target as Element).closest?.("[data-finding]");
        const found = el && findMark(el as HTMLElement);
        if (found) openCard(found.session, found.mark, "pinned");
      }),
      { signal },
    );
    o.root.addEventListener(
      "keydown",
      guard((e: Event) => {
        const key = (e as KeyboardEvent).key;
        const onFinding = (e.target as Element).closest?.("[data-finding]");
        if (key === "Escape" && card?.isOpen) {
          const back = cardMark;
          closeCard();
          if (onFinding || back?.isConnected) back?.focus();
        } else if (onFinding && (key === "Enter" || key === " " || key === "ArrowDown")) {
          e.preventDefault();
          const found = findMark(onFinding as HTMLElement);
          if (card?.isOpen && card.finding === found?.mark.finding) card.focusFirstButton();
          else if (found) openCard(found.session, found.mark, "pinned");
        }
      }),
      { signal },
    );
    // Our UI's events stay ours: page handlers (click-outside, focus traps, shortcuts) never see them.
    for (const type of ["click", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "focusin", "focusout", "input"]) {
      o.root.addEventListener(type, (e) => e.stopPropagation(), { signal });
    }
    return o;
  }

  function findMark(el: HTMLElement): { session: FieldSession; mark: Mark } | null {
    for (const session of sessions.values()) {
      const mark = session.marks.find((m) => m.el === el);
      if (mark) return { session, mark };
    }
    return null;
  }

  function openCard(session: FieldSession, mark: Mark, mode: CardMode): void {
    if (!overlay) return;
    card ??= new Card(overlay.cards);
    const finding = mark.finding;
    cardMark?.classList.remove("active");
    cardSession = session;
    cardMark = mark.el;
    mark.el.classList.add("active");
    card.open(
      finding,
      textOf(finding.category),
      mark.rects[0],
      {
        apply: () => {
          const result = applyRewrite(session.target(), finding, finding.suggestion);
          if (!result.ok) {
            applyFailures.set(failureKey(finding), result.reason);
            return result.reason;
          }
          closeCard();
          // The insertText input event schedules a check too; checking now keeps the marks exact at once.
          dirty.delete(session);
          session.check();
          return null;
        },
        ignore: () => {
          link?.ignore(ignored.add(finding));
          closeCard();
          session.refilter();
          report();
        },
        close: closeCard,
      },
      mode,
    );
    const failure = finding.suggestion === undefined ? REASONS.noSuggestion : applyFailures.get(failureKey(finding));
    if (failure) card.disableApply(failure);
  }

  /** The send guard's card, by the send control; it holds the click until the seller decides. */
  function openGuardCard(blocked: Blocked<FieldSession>): void {
    if (!overlay) throw new Error("no overlay to ask in");
    overlay.attach();
    card ??= new Card(overlay.cards);
    closeCard();
    const r = blocked.control.getBoundingClientRect();
    const items = blocked.violations.map((f) => ({ title: textOf(f.category).title, excerpt: f.excerpt }));
    card.openGuard(items, { left: r.left, top: r.top, width: r.width, height: r.height }, {
      sendAnyway: guard(() => {
        closeCard();
        sendGuard?.release(blocked);
      }),
      keepEditing: guard(() => {
        closeCard();
        const first = blocked.fields[0]?.field as HTMLElement | undefined;
        first?.focus({ preventScroll: true });
      }),
    });
    card.focusFirstButton();
  }

  function closeCard(): void {
    win.clearTimeout(hoverTimer);
    hoverTarget = null;
    cardMark?.classList.remove("active");
    cardMark = null;
    cardSession = null;
    card?.close();
  }

  /** After a check or redraw: the card follows its finding, or closes when the finding is gone. */
  function syncCard(): void {
    if (!card?.isOpen || !card.finding || !cardSession) return;
    const old = card.finding;
    const mark =
      cardSession.marks.find((m) => m.finding === old) ??
      cardSession.marks.find((m) => m.finding.ruleId === old.ruleId && m.finding.excerpt === old.excerpt);
    if (!mark || mark.rects.length === 0) {
      closeCard();
      return;
    }
    if (mark.finding !== old) openCard(cardSession, mark, card.mode);
    else card.position(mark.rects[0]);
  }

  function hitTest(x: number, y: number): { session: FieldSession; mark: Mark } | null {
    for (const session of sessions.values()) {
      const mark = session.hit(x, y);
      if (mark) return { session, mark };
    }
    return null;
  }

  // ---- page events
  const onFieldEvent = guard((e: Event) => {
    // Focusing a field re-reads the address; each keystroke need not (navigation events and the
    // tick notice a change of page).
    if (e.type === "focusin") updateScope();
    if (!active || overlay?.owns(e)) return;
    const field = fieldOfEvent(e);
    if (!field) return;
    const session = addField(field);
    if (session && e.type === "input") {
      dirty.add(session);
      scheduleAfterFrame();
    }
  });

  const onScroll = guard(() => {
    layoutDue = true;
    schedule();
  });

  const onMouseMove = guard((e: Event) => {
    if (!active || !overlay || sessions.size === 0) return;
    const me = e as MouseEvent;
    if (overlay.owns(e)) {
      // Over the card: keep it open.
      if (card?.isOpen) win.clearTimeout(hoverTimer);
      return;
    }
    const hit = hitTest(me.clientX, me.clientY);
    if (hit) {
      if (card?.isOpen && card.finding === hit.mark.finding) {
        win.clearTimeout(hoverTimer);
        return;
      }
      if (hoverTarget === hit.mark.finding) return;
      hoverTarget = hit.mark.finding;
      win.clearTimeout(hoverTimer);
      const { clientX, clientY } = me;
      hoverTimer = win.setTimeout(
        guard(() => {
          // Looked up again where the pointer rests: a check in between may have redrawn the marks.
          hoverTarget = null;
          const still = hitTest(clientX, clientY);
          if (still && !(card?.isOpen && card.mode !== "hover")) openCard(still.session, still.mark, "hover");
        }),
        HOVER_OPEN_MS,
      );
      return;
    }
    if (hoverTarget) {
      hoverTarget = null;
      win.clearTimeout(hoverTimer);
    }
    if (card?.isOpen && card.mode === "hover") {
      win.clearTimeout(hoverTimer);
      hoverTimer = win.setTimeout(
        guard(() => {
          if (card?.mode === "hover") closeCard();
        }),
        HOVER_CLOSE_MS,
      );
    }
  });

  const onClick = guard((e: Event) => {
    if (!active || !overlay || overlay.owns(e)) return;
    const me = e as MouseEvent;
    let hit = hitTest(me.clientX, me.clientY);
    if (!hit) {
      // A click that put the caret inside a finding (clicks land on the field; our boxes let them through).
      const field = fieldOfEvent(e);
      const session = field && sessions.get(field);
      const finding = session?.findingAtCaret();
      const mark = finding && session?.marks.find((m) => m.finding === finding);
      if (session && mark) hit = { session, mark };
    }
    if (hit) openCard(hit.session, hit.mark, "pinned");
    else if (card?.isOpen) closeCard();
  });

  /** Capture phase on the window, before the page's handlers: a Send with violations left waits for the card. */
  const onSendClick = guard((e: Event) => {
    if (!active || !sendGuard || overlay?.owns(e)) return;
    const blocked = sendGuard.inspect(e, sessions.values(), (session) => {
      if (dirty.has(session) || session.changedSilently()) {
        dirty.delete(session);
        session.check();
      }
    });
    if (!blocked) return;
    // Opened first: if the card cannot show, the click goes through (never blocked for good).
    openGuardCard(blocked);
    e.preventDefault();
    e.stopImmediatePropagation();
  });

  const onKeyDown = guard((e: Event) => {
    if ((e as KeyboardEvent).key !== "Escape" || !card?.isOpen || overlay?.owns(e)) return;
    closeCard();
    // The Escape closed our card; the page's own dialog should not close with it.
    e.stopPropagation();
  });

  const onResize = guard(() => {
    for (const session of sessions.values()) toMeasure.add(session);
    layoutDue = true;
    schedule();
  });

  let ticks = 0;
  const tick = guard(() => {
    noticeReopenedDocument();
    updateScope();
    if (!active) return;
    if (sessions.size > 0) overlay?.attach();
    for (const field of waiting) if (!field.isConnected) waiting.delete(field);
    for (const [field, session] of sessions) {
      if (!field.isConnected) {
        // Hidden at once, torn down in the next frames.
        session.hide();
        toRemove.add(field);
      } else if (session.changedSilently()) dirty.add(session);
    }
    // Transforms and layout shifts fire no event; re-projecting a few boxes is cheap.
    layoutDue = true;
    // A restyle that keeps the field's size fires nothing either; reading 45 properties a field
    // is not cheap, so that is looked at every few ticks.
    if (++ticks % STYLE_TICKS === 0) for (const session of sessions.values()) session.staleStyle();
    schedule();
  });

  // The window's listeners, armed again when the page re-opens its document: document.open()
  // erases every listener on the window (rich-text editors write their iframe that way).
  let windowListeners: AbortController | null = null;
  let documentSeen = doc.documentElement;
  const onWindow = (type: string, fn: (e: Event) => void, capture = true) =>
    // Aborted when the document re-opens, and when the script stops (onStop below).
    win.addEventListener(type, fn, { capture, passive: type !== "keydown" && type !== "click", signal: windowListeners?.signal });
  function listenOnWindow(): void {
    windowListeners?.abort();
    windowListeners = new AbortController();
    // Typing and focus find fields; navigation changes the scope.
    onWindow("focusin", onFieldEvent);
    onWindow("input", onFieldEvent);
    onWindow("popstate", tick, false);
    const navigation = (win as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener("currententrychange", tick, { signal: windowListeners.signal });
    // The overlay, once built, stays for the script's life: its listeners are armed again with the rest.
    if (overlay) listenForOverlay();
  }
  listenOnWindow();

  /** The rest, once a field has its session: a page without one never pays for them. */
  function listenForOverlay(): void {
    onWindow("scroll", onScroll);
    onWindow("resize", onResize, false);
    onWindow("mousemove", onMouseMove);
    // Before onClick, which would close the guard's card as a click elsewhere.
    onWindow("click", onSendClick);
    onWindow("click", onClick);
    onWindow("keydown", onKeyDown);
  }

  /** A re-opened document (document.open/write): listen again and look for its fields. */
  function noticeReopenedDocument(): void {
    if (doc.documentElement === documentSeen) return;
    documentSeen = doc.documentElement;
    listenOnWindow();
    if (!active) return;
    discovery?.stop();
    discovery = new FieldDiscovery((field) => addField(field), guard);
    discovery.watch(doc);
  }
  const ticker = win.setInterval(tick, TICK_MS);

  life.onStop(() => {
    win.clearInterval(ticker);
    windowListeners?.abort();
    win.clearTimeout(hoverTimer);
    if (frame) win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(afterFrame);
    win.clearTimeout(afterFrameTimer);
    resizeObserver?.disconnect();
    discovery?.stop();
    for (const session of sessions.values()) session.destroy();
    sessions.clear();
    toPlace.clear();
    toMeasure.clear();
    toRemove.clear();
    overlay?.detach();
    link?.stop();
    active = false;
  });

  guard(updateScope)();

  /**
   * The worker (settings, ignore list, catalog, the popup's questions) is connected once the
   * page's first frame is out: fields are found first, and binding the extension's API does
   * not delay the page. A hidden page renders no frame; a timer connects it.
   */
  function connect(): void {
    if (connected || life.stopped) return;
    connected = true;
    life.onStop(answerPopup({ active: () => active, sessions: () => sessions.values(), guard }));
    link = options.connect?.({ settings: (s) => guard(applySettings)(s), ignored: (keys) => guard(mergeIgnored)(keys) }) ?? null;
    if (!link) {
      if (!settingsKnown) applySettings(settings);
      return;
    }
    if (active) loadCatalog();
    void link.hello().then(
      guard((reply: Awaited<ReturnType<WorkerLink["hello"]>>) => {
        if (reply) mergeIgnored(reply.ignored);
        applySettings(reply?.settings ?? settings);
      }),
    );
  }
  const connectSoon = guard(connect);
  if (options.afterFirstFrame) connectSoon();
  else {
    const connectTimer = win.setTimeout(connectSoon, CONNECT_LATEST_MS);
    const firstFrame = win.requestAnimationFrame(() => win.setTimeout(connectSoon, 0));
    life.onStop(() => {
      win.clearTimeout(connectTimer);
      win.cancelAnimationFrame(firstFrame);
    });
  }
  // A boot discovery the first activation did not take (settings turned checks off) stops here.
  takeEarly()?.discovery.stop();
  return { stop: life.stop };
}
