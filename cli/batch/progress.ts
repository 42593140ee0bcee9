/**
 * Progress of a stage: a bar with done/total, rate and ETA on a terminal (cli-progress), and a plain line
 * every few seconds otherwise, so logs of a cluster job stay readable.
 */
import cliProgress from 'cli-progress';

/** What a stage reports. */
export interface Progress {
  start(label: string, total: number, done: number): void;
  add(n: number): void;
  stop(): void;
}

const LINE_EVERY_MS = 5_000;

/** Bar on a TTY, lines elsewhere; `line` receives the plain lines. */
export function makeProgress(tty: boolean, line: (text: string) => void): Progress {
  return tty ? barProgress() : lineProgress(line);
}

function barProgress(): Progress {
  const bar = new cliProgress.SingleBar({ format: '{label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 200, stream: process.stderr }, cliProgress.Presets.shades_classic);
  let began = 0;
  let first = 0;
  let value = 0;
  return {
    start(label, total, done) {
      began = performance.now();
      first = value = done;
      bar.start(total, done, { label, rate: '-' });
    },
    add(n) {
      value += n;
      const seconds = (performance.now() - began) / 1000;
      bar.update(value, { rate: seconds > 0 ? ((value - first) / seconds).toFixed(0) : '-' });
    },
    stop: () => bar.stop(),
  };
}

/** "images 1200/2000 (60%), 310/s, ETA 3 s": at most one line per LINE_EVERY_MS, and one at the end. */
export function lineProgress(line: (text: string) => void, now: () => number = () => performance.now()): Progress {
  let label = '';
  let total = 0;
  let value = 0;
  let first = 0;
  let began = 0;
  let last = 0;
  const say = (): void => {
    const seconds = (now() - began) / 1000;
    const rate = seconds > 0 ? (value - first) / seconds : 0;
    const eta = rate > 0 ? ` ETA ${Math.ceil((total - value) / rate)} s` : '';
    const share = total > 0 ? Math.floor((100 * value) / total) : 100;
    line(`${label} ${value}/${total} (${share}%), ${rate.toFixed(0)}/s${value < total ? eta : ''}`);
    last = now();
  };
  return {
    start(l, t, done) {
      [label, total, value, first] = [l, t, done, done];
      began = last = now();
    },
    add(n) {
      value += n;
      if (now() - last >= LINE_EVERY_MS) say();
    },
    stop: say,
  };
}
