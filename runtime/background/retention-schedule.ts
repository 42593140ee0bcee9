import { browser } from 'wxt/browser';
import { applyRetention } from '../../utils/db/retention';
import type { EvidenceDb } from '../../utils/db/schema';
import { loadSettings } from '../../utils/settings';

const ALARM = 'sockscope-retention';

/**
 * Applies the retention period (the popup's setting, 90 days by default) now, at the background's start,
 * and daily through an alarm, which outlives the service worker's sleep.
 */
export function scheduleRetention(db: Promise<EvidenceDb | null>): void {
  const run = async (): Promise<void> => {
    const store = await db;
    if (!store) return;
    const pruned = await applyRetention(store, (await loadSettings()).retentionDays);
    if (pruned && pruned.observations + pruned.accounts + pruned.images > 0) console.info('[sockscope:retention] pruned', JSON.stringify(pruned));
  };
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === ALARM && run()));
  // create() with the same name replaces the alarm, so each start keeps one daily alarm.
  void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
  void run();
}
