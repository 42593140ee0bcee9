import { browser } from 'wxt/browser';
import { isContentScriptPage } from '../../sites/registry';
import { TabCountsSchema, parseResponse, type TabCountsRequest } from '../../utils/messages';
import type { GetTabCounts } from './types';

/** Asks the background for the active tab's counts; null where Sockscope doesn't run. */
export const activeTabCounts: GetTabCounts = async () => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // Other tabs get "doesn't run on this page" instead of zeros. tab.url is only visible with host access;
  // when hidden, ask anyway (zeros are still true).
  if (tab.url !== undefined && !isContentScriptPage(tab.url)) return null;
  const request: TabCountsRequest = { target: 'background', type: 'tab-counts', tabId: tab.id };
  return parseResponse(TabCountsSchema, await browser.runtime.sendMessage(request), 'tab-counts');
};
