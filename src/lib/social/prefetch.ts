/**
 * Images started early. Astro 7 calls every route's getStaticPaths before it renders any page, so a PNG route
 * that queues all its images there (`start`) has resvg and sharp working on libuv's thread pool while the main
 * thread renders the HTML pages; each GET then awaits its own image (`take`). One queue serves every image route,
 * with at most as many images in flight as the machine has cores (the rest of the pool stays free for Astro's
 * file writes), in the order the routes will ask for them; an image asked for before its turn goes first. What
 * each image is and how it is cached does not change: this only decides when it is made.
 */
import { availableParallelism } from "node:os";

const IN_FLIGHT = Math.max(1, availableParallelism());

interface Job {
  readonly run: () => void;
}
const waiting: Job[] = [];
let running = 0;

function pump(): void {
  while (running < IN_FLIGHT) {
    const job = waiting.shift();
    if (!job) return;
    running++;
    job.run();
  }
}

/** `make()` once a place in the queue is free; the job, so that it can be moved to the front. */
function enqueue<T>(make: () => Promise<T>): { promise: Promise<T>; job: Job } {
  const { promise, resolve, reject } = Promise.withResolvers<T>();
  const job: Job = {
    run: () => {
      Promise.resolve()
        .then(make)
        .then(resolve, reject)
        .finally(() => {
          running--;
          pump();
        })
        .catch(() => undefined);
    },
  };
  waiting.push(job);
  return { promise, job };
}

/**
 * A route's images: `start` queues them all, `take` hands one over (made now if it was never started), and
 * `queued` is a route's getStaticPaths: it starts every route's image in a production build and returns the routes.
 */
export interface Prefetch<I> {
  start(items: Iterable<I>): void;
  take(item: I): Promise<Buffer>;
  queued<R extends { props: { spec: I } }>(routes: R[]): R[];
}

/** Images of one kind, named by `keyOf` (the image's own path, e.g. pngPath) and made by `make`. */
export function prefetch<I>(keyOf: (item: I) => string, make: (item: I) => Promise<Buffer>): Prefetch<I> {
  const started = new Map<string, { promise: Promise<Buffer>; job: Job }>();
  return {
    start(items) {
      for (const item of items) {
        const key = keyOf(item);
        if (started.has(key)) continue;
        const entry = enqueue(() => make(item));
        // A failure is reported when its GET awaits the promise, not as an unhandled rejection before that.
        entry.promise.catch(() => undefined);
        started.set(key, entry);
      }
      pump();
    },
    take(item) {
      const key = keyOf(item);
      const entry = started.get(key);
      if (!entry) return make(item);
      started.delete(key);
      const at = waiting.indexOf(entry.job);
      if (at > 0) waiting.unshift(...waiting.splice(at, 1));
      pump();
      return entry.promise;
    },
    queued(routes) {
      if (import.meta.env.PROD) this.start(routes.map((r) => r.props.spec));
      return routes;
    },
  };
}
