/** Disjoint sets over 0…n−1 with their sizes: the near-duplicate grouping's components. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly sizes: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.sizes = new Int32Array(n).fill(1);
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]!]!;
    return i;
  }

  /** Joins the sets of a and b under b's root. */
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    this.parent[ra] = rb;
    this.sizes[rb]! += this.sizes[ra]!;
  }

  /** Members in the set of i. */
  size(i: number): number {
    return this.sizes[this.find(i)]!;
  }
}
