/**
 * Writes the saved-page fixtures of the account-history, non-photo, cross-platform and known-content
 * signals into cli/fixtures/investigation: an X profile saved in 2019 and again (renamed) in 2024, a
 * YouTube channel with the same picture, and an information-operations-style tweets and users CSV.
 *   npx tsx scripts/dev/make-investigation-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { investigationAvatars, MARIA_2019, NEWS_TEMPLATES, renderXProfile, renderYoutubeChannel, TRUTH_2024, YT_AVATAR_URL } from '../../e2e/fixtures/investigation';
import { writeMhtml } from '../../e2e/fixtures/mhtml-writer';
import { avatarUrl } from '../../e2e/fixtures/x-timeline';

const DIR = resolve(import.meta.dirname, '../../cli/fixtures/investigation');
mkdirSync(DIR, { recursive: true });
const img = await investigationAvatars();
const jpeg = (url: string, key: string) => ({ url, type: 'image/jpeg', bytes: new Uint8Array(img[key]!) });

const saves = [
  { file: 'x-maria_bakes-2019-05-01.mhtml', url: 'https://x.com/maria_bakes', date: '2019-05-01T12:00:00Z', html: renderXProfile(MARIA_2019, avatarUrl), res: [jpeg(avatarUrl('maria2019'), 'maria2019')] },
  { file: 'x-truth_now_24-2024-06-10.mhtml', url: 'https://x.com/truth_now_24', date: '2024-06-10T12:00:00Z', html: renderXProfile(TRUTH_2024, avatarUrl), res: [jpeg(avatarUrl('anime24'), 'anime24'), jpeg(avatarUrl('ira'), 'ira')] },
  { file: 'youtube-pravda_segodnya-2024-06-12.mhtml', url: 'https://www.youtube.com/@pravda_segodnya', date: '2024-06-12T12:00:00Z', html: renderYoutubeChannel(YT_AVATAR_URL), res: [jpeg(YT_AVATAR_URL, 'ytAnime')] },
];
for (const s of saves) writeFileSync(resolve(DIR, s.file), writeMhtml(s.url, s.file, new Date(s.date), s.html, s.res));

const TWEET_COLS = ['tweetid', 'userid', 'user_display_name', 'user_screen_name', 'tweet_language', 'tweet_text', 'tweet_time', 'is_retweet', 'hashtags', 'urls', 'user_mentions'];
const tweet = (id: number, user: string, text: string, time: string, tags: string[], retweet = false) =>
  [String(7000 + id), `u_${user}`, user, user, 'ru', text, time, retweet ? 'True' : 'False', `[${tags.join(', ')}]`, '[]', '[]'];
const rows = [
  // Tweet texts carry their hashtags, as in the archive's releases.
  ...NEWS_TEMPLATES.map((t, i) => tweet(i, 'net_anna', `${t} #ПравдаСегодня #НетСанкциям`, `2021-0${i + 3}-02 10:00`, ['ПравдаСегодня', 'НетСанкциям'])),
  tweet(10, 'net_boris', `${NEWS_TEMPLATES[0]!} #ПравдаСегодня #НетСанкциям`, '2021-03-05 11:00', ['ПравдаСегодня', 'НетСанкциям']),
  // A retweet of a real outlet: its text is not the network's own and must never count.
  tweet(11, 'net_boris', 'RT @bbcnews: Fresh sourdough out of the oven this morning, the crust came out beautifully today', '2021-03-06 11:00', [], true),
  ...Array.from({ length: 40 }, (_, i) => tweet(100 + i, `net_filler${i % 5}`, `Обычный пост номер ${i} про погоду, футбол и цены на хлеб в нашем городе сегодня`, `2021-04-${String((i % 28) + 1).padStart(2, '0')} 09:00`, i % 3 ? [] : ['погода'])),
];
writeFileSync(resolve(DIR, 'io_tweets.csv'), `${Papa.unparse({ fields: TWEET_COLS, data: rows })}\n`);
const USER_COLS = ['userid', 'user_display_name', 'user_screen_name', 'user_reported_location', 'user_profile_description', 'user_profile_url', 'follower_count', 'following_count', 'account_creation_date', 'account_language'];
const users = [['u_ira', 'Ира Новости', 'ira_news_77', '', '', '', '120', '300', '2020-01-10', 'ru'], ['u_net_anna', 'Анна', 'net_anna', '', '', '', '80', '90', '2020-02-01', 'ru']];
writeFileSync(resolve(DIR, 'io_users.csv'), `${Papa.unparse({ fields: USER_COLS, data: users })}\n`);
console.log(`wrote ${saves.length} pages and 2 CSVs to ${DIR}`);
