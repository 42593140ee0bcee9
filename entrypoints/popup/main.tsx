import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/app';
import type { TabCounts } from '../../components/popup/types';
import { isContentScriptPage } from '../../sites/content-matches';
import { TabCountsSchema, parseResponse, type TabCountsRequest } from '../../utils/messages';
import './style.css';

/** Ask the background for the active tab's counts; null where Sockscope doesn't run. */
async function getTabCounts(): Promise<TabCounts | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // Other tabs get "doesn't run on this page" instead of zeros. tab.url is only visible with host access;
  // when hidden, ask anyway (zeros are still true).
  if (tab.url !== undefined && !isContentScriptPage(tab.url)) return null;
  const request: TabCountsRequest = { target: 'background', type: 'tab-counts', tabId: tab.id };
  return parseResponse(TabCountsSchema, await browser.runtime.sendMessage(request), 'tab-counts');
}

const root = document.getElementById('app');
if (root) render(<App getTabCounts={getTabCounts} />, root);
