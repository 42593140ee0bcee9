/**
 * Just enough of R's serialisation (XDR, format 2 or 3) to read a data frame of character, factor, integer
 * and double columns from an .rda file, which CooRTweet ships its data in. The file is decompressed first
 * (xz, gzip or bzip2, by the caller).
 */

/** A column as read: strings (characters and factor labels) or numbers. */
export type RColumn = (string | null)[] | (number | null)[];

const NILVALUE = 254;
const REFSXP = 255;
const GLOBALENV = 253;
const EMPTYENV = 242;
const BASEENV = 241;
const UNBOUNDVALUE = 252;
const MISSINGARG = 251;
const BASENAMESPACE = 247;

interface RObject {
  type: number;
  value: unknown;
  attributes: Map<string, RObject> | null;
}

/** Reads every object bound in an .rda file: name → data frame columns (only data frames are returned). */
export function readRdaFrames(buf: Buffer): Map<string, Map<string, RColumn>> {
  const head = buf.subarray(0, 5).toString('latin1');
  if (head !== 'RDX2\n' && head !== 'RDX3\n') throw new Error('[sockscope:eval] not an uncompressed .rda file');
  const r = new Reader(buf, 5);
  if (r.bytes(2).toString('latin1') !== 'X\n') throw new Error('[sockscope:eval] only XDR .rda files are read');
  const version = r.int();
  r.int();
  r.int();
  if (version === 3) r.bytes(r.int());
  const out = new Map<string, Map<string, RColumn>>();
  // The top object is a pairlist: tag = the object's name.
  let node = r.item();
  while (node.type === 2) {
    const { car, cdr, tag } = node.value as { car: RObject; cdr: RObject; tag: string | null };
    if (tag) {
      const frame = asFrame(car);
      if (frame) out.set(tag, frame);
    }
    node = cdr;
  }
  return out;
}

function asFrame(o: RObject): Map<string, RColumn> | null {
  if (o.type !== 19) return null;
  const names = o.attributes?.get('names')?.value as (string | null)[] | undefined;
  if (!names) return null;
  const cols = new Map<string, RColumn>();
  (o.value as RObject[]).forEach((c, i) => {
    const levels = c.attributes?.get('levels')?.value as (string | null)[] | undefined;
    if (c.type === 13 && levels) cols.set(names[i] ?? `V${i}`, (c.value as (number | null)[]).map((k) => (k === null ? null : levels[k - 1] ?? null)));
    else if (c.type === 16 || c.type === 13 || c.type === 14 || c.type === 10) cols.set(names[i] ?? `V${i}`, c.value as RColumn);
  });
  return cols;
}

class Reader {
  private refs: RObject[] = [];
  constructor(private readonly buf: Buffer, private pos: number) {}

  bytes(n: number): Buffer {
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  int(): number {
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  double(): number {
    const v = this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  /** One serialised item (flags word, then its body). */
  item(): RObject {
    const flags = this.int();
    const type = flags & 0xff;
    const hasAttr = (flags & (1 << 9)) !== 0;
    const hasTag = (flags & (1 << 10)) !== 0;
    switch (type) {
      case NILVALUE:
      case GLOBALENV:
      case EMPTYENV:
      case BASEENV:
      case UNBOUNDVALUE:
      case MISSINGARG:
      case BASENAMESPACE:
        return { type: NILVALUE, value: null, attributes: null };
      case REFSXP: {
        const index = flags >> 8 || this.int();
        return this.refs[index - 1] ?? { type: NILVALUE, value: null, attributes: null };
      }
      case 1: {
        // SYMSXP: a CHARSXP, remembered for later references.
        const name = this.item();
        const sym: RObject = { type: 1, value: name.value, attributes: null };
        this.refs.push(sym);
        return sym;
      }
      case 2:
      case 6: {
        // LISTSXP (pairlist) or LANGSXP: attributes, tag, car, cdr.
        const attributes = hasAttr ? this.attributes() : null;
        const tag = hasTag ? (this.item().value as string | null) : null;
        const car = this.item();
        const cdr = this.item();
        return { type: 2, value: { car, cdr, tag }, attributes };
      }
      case 9: {
        const n = this.int();
        return { type: 9, value: n === -1 ? null : this.bytes(n).toString('utf8'), attributes: null };
      }
      case 10:
      case 13: {
        const n = this.int();
        const v: (number | null)[] = [];
        for (let i = 0; i < n; i++) {
          const x = this.int();
          v.push(x === -2147483648 ? null : x);
        }
        return { type, value: v, attributes: hasAttr ? this.attributes() : null };
      }
      case 14: {
        const n = this.int();
        const v: (number | null)[] = [];
        for (let i = 0; i < n; i++) {
          const x = this.double();
          v.push(Number.isNaN(x) ? null : x);
        }
        return { type, value: v, attributes: hasAttr ? this.attributes() : null };
      }
      case 16: {
        const n = this.int();
        const v: (string | null)[] = [];
        for (let i = 0; i < n; i++) v.push(this.item().value as string | null);
        return { type, value: v, attributes: hasAttr ? this.attributes() : null };
      }
      case 19:
      case 20: {
        const n = this.int();
        const v: RObject[] = [];
        for (let i = 0; i < n; i++) v.push(this.item());
        return { type, value: v, attributes: hasAttr ? this.attributes() : null };
      }
      default:
        throw new Error(`[sockscope:eval] R object type ${type} is not read here`);
    }
  }

  /** An attribute pairlist as name → value. */
  private attributes(): Map<string, RObject> {
    const out = new Map<string, RObject>();
    let node = this.item();
    while (node.type === 2) {
      const { car, cdr, tag } = node.value as { car: RObject; cdr: RObject; tag: string | null };
      if (tag) out.set(tag, car);
      node = cdr;
    }
    return out;
  }
}
