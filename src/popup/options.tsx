/**
 * The options page (options.html): checking on or off, the categories to show, other sites
 * where the seller writes (each an optional host permission, asked for inside the click), the
 * ignored warnings, and a reset. Settings that do not parse are shown as the defaults, with a
 * notice, until the seller saves.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { parseSettings, type Settings } from "../background/messages.ts";
import { DEFAULT_SETTINGS } from "../background/messaging.ts";
import { SETTINGS_KEY } from "../background/settings.ts";
import { addSite, isSellerCentral, originPattern, parseSites, removeSite, SITES_KEY, type Site, siteOrigin } from "../background/site-access.ts";
import { categoryText } from "../rules/texts.ts";
import { CATEGORY_IDS, type Channel } from "../rules/types.ts";
import { type PageApi, pageApi, type StorageListener } from "./browser.ts";
import { CHECKLIST_KEY, EMPTY_CHECKLIST } from "./checklist-model.ts";
import { localizeDocument, t } from "./i18n.ts";
import { isObject } from "./stored.ts";

interface SiteRow extends Site {
  allowed: boolean;
}

async function readSites(api: PageApi): Promise<SiteRow[]> {
  const sites = parseSites((await api.storage.local.get(SITES_KEY))[SITES_KEY]) ?? [];
  const granted = (await api.permissions.getAll()).origins ?? [];
  return sites.map((s) => ({ ...s, allowed: granted.includes(originPattern(s.origin)) }));
}

/** Every tab's ignore list in storage.session emptied (the worker's per-tab records). */
export async function clearIgnored(api: PageApi): Promise<void> {
  const all = await api.storage.session.get(null);
  const cleared: Record<string, unknown> = {};
  for (const [key, record] of Object.entries(all)) if (key.startsWith("tab:") && isObject(record)) cleared[key] = { ...record, ignored: [] };
  if (Object.keys(cleared).length > 0) await api.storage.session.set(cleared);
}

function Options({ api }: { api: PageApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  const [sites, setSites] = useState<SiteRow[]>([]);
  const [address, setAddress] = useState("");
  const [channel, setChannel] = useState<Channel>("message");
  const [status, setStatus] = useState("");
  const [siteError, setSiteError] = useState("");

  useEffect(() => {
    const load = async () => {
      const raw = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
      const parsed = raw === undefined ? DEFAULT_SETTINGS : parseSettings(raw);
      setCorrupt(parsed === undefined);
      setSettings(parsed ?? DEFAULT_SETTINGS);
      setSites(await readSites(api));
    };
    void load();
    const onChanged: StorageListener = (changes, area) => {
      if (area === "local" && SITES_KEY in changes) void readSites(api).then(setSites);
    };
    api.storage.onChanged.addListener(onChanged);
    return () => api.storage.onChanged.removeListener(onChanged);
  }, [api]);

  if (!settings) return <p role="status">{t("loading")}</p>;

  const save = (next: Settings) => {
    setSettings(next);
    setCorrupt(false);
    void api.storage.local.set({ [SETTINGS_KEY]: next }).then(() => setStatus(t("optionsSaved")));
  };
  const toggleCategory = (id: (typeof CATEGORY_IDS)[number], on: boolean) => {
    const disabled = settings.disabledCategories.filter((c) => c !== id);
    if (!on) disabled.push(id);
    save({ ...settings, disabledCategories: CATEGORY_IDS.filter((c) => disabled.includes(c)) });
  };

  const addSiteNow = (e: Event) => {
    e.preventDefault();
    setSiteError("");
    const origin = siteOrigin(address);
    if (!origin) return setSiteError(t("optionsSiteInvalid"));
    if (isSellerCentral(origin)) return setSiteError(t("optionsSiteSellerCentral"));
    // Asked before any await: the browser allows the prompt only within the click (Firefox strictly).
    const asked = api.permissions.request({ origins: [originPattern(origin)] });
    void asked.then(async (granted) => {
      if (!granted) return setSiteError(t("optionsSiteDenied", origin));
      await addSite(api.storage.local, { origin, channel });
      setAddress("");
      setStatus(t("optionsSiteAdded", origin));
    });
  };
  const removeSiteNow = async (origin: string) => {
    await removeSite(api.storage.local, origin);
    await api.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  };

  return (
    <main class="page options-page">
      <h1>{t("optionsTitle")}</h1>
      {corrupt ? (
        <p class="notice" role="alert" data-notice="corrupt">
          {t("optionsCorrupt")}
        </p>
      ) : null}
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t("optionsGeneral")}</h2>
        <label class="check">
          <input type="checkbox" data-setting="enabled" checked={settings.enabled} onChange={(e) => save({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })} />
          {t("optionsEnabled")}
        </label>
        <fieldset disabled={!settings.enabled}>
          <legend>{t("optionsCategories")}</legend>
          {CATEGORY_IDS.map((id) => (
            <label class="check" key={id}>
              <input
                type="checkbox"
                data-category={id}
                checked={!settings.disabledCategories.includes(id)}
                onChange={(e) => toggleCategory(id, (e.currentTarget as HTMLInputElement).checked)}
              />
              {categoryText(id).title}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t("optionsSites")}</h2>
        <p>{t("optionsSitesIntro")}</p>
        {sites.length === 0 ? (
          <p>{t("optionsNoSites")}</p>
        ) : (
          <ul class="sites">
            {sites.map((s) => (
              <li key={s.origin} data-site={s.origin}>
                <span>{s.origin}</span> <span>({t(s.channel === "message" ? "channelMessage" : "channelInsert")})</span>
                {s.allowed ? null : <span class="tag"> {t("optionsSiteNoAccess")}</span>}{" "}
                <button type="button" data-action="remove-site" onClick={() => void removeSiteNow(s.origin)}>
                  {t("optionsRemoveSite", s.origin)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={addSiteNow}>
          <label for="site-address">{t("optionsSiteAddress")}</label>
          <input
            id="site-address"
            type="text"
            inputMode="url"
            value={address}
            aria-invalid={siteError ? "true" : undefined}
            aria-describedby={siteError ? "site-error" : undefined}
            onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
          />
          <label for="site-channel">{t("optionsSiteChannel")}</label>
          <select id="site-channel" value={channel} onChange={(e) => setChannel((e.currentTarget as HTMLSelectElement).value as Channel)}>
            <option value="message">{t("channelMessage")}</option>
            <option value="insert">{t("channelInsert")}</option>
          </select>
          <button type="submit" data-action="add-site">
            {t("optionsAddSite")}
          </button>
          {siteError ? (
            <p id="site-error" class="error" role="alert">
              {siteError}
            </p>
          ) : null}
        </form>
      </section>
      <section aria-labelledby="ignored-heading">
        <h2 id="ignored-heading">{t("optionsIgnored")}</h2>
        <button type="button" data-action="clear-ignored" onClick={() => void clearIgnored(api).then(() => setStatus(t("optionsIgnoredCleared")))}>
          {t("optionsClearIgnored")}
        </button>
      </section>
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t("optionsReset")}</h2>
        <button
          type="button"
          data-action="reset"
          onClick={() =>
            void api.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS, [CHECKLIST_KEY]: EMPTY_CHECKLIST }).then(() => {
              setSettings(DEFAULT_SETTINGS);
              setCorrupt(false);
              setStatus(t("optionsResetDone"));
            })
          }
        >
          {t("optionsReset")}
        </button>
      </section>
      <p class="status" role="status" data-status>
        {status}
      </p>
    </main>
  );
}

localizeDocument("optionsTitle");
render(<Options api={pageApi()} />, document.getElementById("app")!);
