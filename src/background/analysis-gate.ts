// How often one tab may have an article analysed afresh (a cache miss, or a forced analysis). A
// page controls its own text: one that keeps swapping its article for new words, or keeps changing
// its address, would otherwise keep the background busy for every tab. Each tab gets a small burst
// (a reader clicking through a few articles of a single-page site), then one fresh analysis per
// interval; a request over the limit waits for its turn, and a newer request from the same tab
// takes the place of one still waiting (only the page's latest text matters). The counts live in
// the worker's memory: a restarted worker starts them afresh, which only ever loosens the limit.

export interface GateOptions {
  /** Fresh analyses a tab may have at once. */
  burst: number;
  /** One more is allowed after each such interval. */
  refillMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_GATE: GateOptions = { burst: 4, refillMs: 5_000 };

interface Bucket {
  tokens: number;
  at: number;
  /** The ticket of the request waiting for this tab's next turn (0: none). */
  waiting: number;
}

export class AnalysisGate {
  private readonly buckets = new Map<number, Bucket>();
  private tickets = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GateOptions = DEFAULT_GATE) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Resolves true when the tab may analyse now, false when a newer request took this one's place. */
  async admit(tabId: number): Promise<boolean> {
    const ticket = ++this.tickets;
    const bucket = this.bucketOf(tabId);
    bucket.waiting = ticket;
    for (;;) {
      this.refill(bucket);
      if (bucket.waiting !== ticket) return false;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.waiting = 0;
        return true;
      }
      await this.sleep(Math.ceil((1 - bucket.tokens) * this.options.refillMs));
    }
  }

  private bucketOf(tabId: number): Bucket {
    let bucket = this.buckets.get(tabId);
    if (!bucket) this.buckets.set(tabId, (bucket = { tokens: this.options.burst, at: this.now(), waiting: 0 }));
    return bucket;
  }

  private refill(bucket: Bucket): void {
    const now = this.now();
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) / this.options.refillMs);
    bucket.at = now;
  }
}
