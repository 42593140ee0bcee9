/**
 * What Sockscope knows of a site besides its DOM: its pages, its image hosts, its names, its URL shapes and
 * its kinds of account id. Each site's entry is in its own folder (sites/<site>/site.ts), listed once in
 * sites/registry.ts: the manifest, the popup, the signals, the export and the dashboard read it from there.
 * Plain data and pure functions, so the build config, Node and every context can load it.
 */
export interface SiteEntry<Id extends string = string> {
  id: Id;
  /** The platform's name as a reader knows it ("YouTube"): reasons, the export. */
  label: string;
  /** The popup's name for it ("X (Twitter)"). */
  toggleLabel: string;
  /** A mark of one or two characters for the dashboard's cluster graph. */
  mark: string;
  /** STIX 2.1 `user-account:account_type` (the vocabulary's name for the platform). */
  stixAccountType: string;
  /** Match patterns of the pages the content script runs on (also host permissions, for re-injection). */
  pageMatches: readonly string[];
  /** Hostnames that serve the site's pages, subdomains included. */
  pageHost: RegExp;
  /** Hosts that serve its avatars: the only images fetched or shown. `*.` covers every subdomain. */
  imageHosts: readonly string[];
  /** Page URL to assume when a saved page names none. */
  savedPageBase: string;
  /** Markup only this site produces, for saved pages that name no URL (fragments, fixtures). */
  pageMarkers: RegExp;
  /** The platform's account ids that survive renames (X's and Facebook's numbers, YouTube's UC…). */
  accountId: RegExp;
  /** What a reader calls an account known only by its id ("channel UC…"), where a page can name one so. */
  idNoun?: string;
  /** How a reader recognises an account from its lower-cased handle: the profile's address without the scheme. */
  webLabel(handle: string): string;
  /** The account a profile URL names (its handle), or null; `host` is lower-case without `www.`. */
  handleFromUrl(host: string, url: URL): string | null;
  /** The part of an avatar URL that names the picture, not its size or signature (default: host and path). */
  avatarIdentity?(url: URL): string;
  /** The handle shape the platform assigns by itself, and how the reason names it. */
  autoHandle?: { test(handle: string): boolean; shape: string };
  /** Whether a chosen handle ending in a long run of digits is worth a note (not where numeric ids are normal). */
  digitTailHandles: boolean;
  /** The platform's placeholder avatar, where its URL shows it. */
  defaultAvatar?: RegExp;
}
