import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The shipped build (`wxt build -b firefox`): closed shadow roots, no test hooks. The bundle checks use it. */
export const SHIPPED_FIREFOX_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
/** The add-on the tests load: the test build (open shadow roots), or the bench build when SOCKSCOPE_BENCH_BUILD=1. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, `../../../.output/firefox-mv2${process.env.SOCKSCOPE_BENCH_BUILD === '1' ? '-bench' : '-test'}`);
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * The add-on's internal UUID, fixed through `extensions.webextensions.uuids` so its pages have a known
 * address (Firefox otherwise picks a random one per profile and offers no API to read it from outside).
 */
export const EXTENSION_UUID = '5d0c7a4e-1b7e-4f4e-9a53-50c6c0c8e2a1';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The gecko id from the built manifest: the key Firefox files the UUID under. */
export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`[sockscope:e2e] ${dir}/manifest.json has no browser_specific_settings.gecko.id (run npm run build:firefox)`);
  return id;
}

export interface FirefoxSession {
  browser: Browser;
  /** Where `<a download>` files land (no dialog: the profile saves them straight to disk). */
  downloads: string;
  close(): Promise<void>;
}

/**
 * Prefs that keep Firefox from dialling out on its own (updates, telemetry, safe browsing, remote
 * settings, captive-portal checks), so the proxy's list holds the pages' and the add-on's requests only.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  // A data: URL, not '': an empty server falls back to Mozilla's own.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

/**
 * Launch Debian's firefox-esr (headless, WebDriver BiDi) with every connection going through the tunnel
 * proxy on `proxyPort`, and install the built add-on as a temporary extension.
 */
export async function launchFirefox(proxyPort: number, opts: { extensionDir?: string; withoutExtension?: boolean } = {}): Promise<FirefoxSession> {
  const dir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const downloads = mkdtempSync(join(tmpdir(), 'sockscope-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // WebDriver refuses to navigate to moz-extension:// pages without it (the popup and dashboard).
    args: ['--remote-allow-system-access'],
    // Marks the run as a test run, which is what lets Firefox honour the dummy remote-settings server
    // below (release builds ignore it otherwise). Every connection goes to the local proxy, so the
    // ban on non-local connections it also sets is never hit.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    defaultViewport: { width: 1000, height: 900 },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify(opts.withoutExtension ? {} : { [geckoId(dir)]: EXTENSION_UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/zip',
    },
  });
  try {
    if (!opts.withoutExtension) await browser.installExtension(dir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    downloads,
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
