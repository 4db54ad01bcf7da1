/** The prefetch queue: images started early are handed over once, in order, with failures kept for their GET. */
import { describe, expect, it, vi } from "vitest";
import { prefetch } from "./prefetch.ts";

const bytes = (text: string): Buffer => Buffer.from(text);

describe("prefetch", () => {
  it("makes each started image once and hands it to the route that asks for it", async () => {
    const made: string[] = [];
    const images = prefetch(
      (name: string) => name,
      (name) => {
        made.push(name);
        return Promise.resolve(bytes(name));
      },
    );
    images.start(["a", "b", "c"]);
    images.start(["a"]);
    expect((await images.take("b")).toString()).toBe("b");
    expect((await images.take("a")).toString()).toBe("a");
    expect((await images.take("c")).toString()).toBe("c");
    expect(made.toSorted()).toEqual(["a", "b", "c"]);
  });

  it("makes an image that was never started when it is asked for", async () => {
    const images = prefetch(
      (name: string) => name,
      (name) => Promise.resolve(bytes(name)),
    );
    expect((await images.take("d")).toString()).toBe("d");
  });

  it("keeps a failure for the route that asks for the image, and goes on with the others", async () => {
    const images = prefetch(
      (name: string) => name,
      (name) => (name === "bad" ? Promise.reject(new Error("bad input")) : Promise.resolve(bytes(name))),
    );
    images.start(["bad", "good"]);
    await expect(images.take("bad")).rejects.toThrow("bad input");
    expect((await images.take("good")).toString()).toBe("good");
  });

  it("is a route's getStaticPaths: queued returns the routes, and starts their images only in a production build", async () => {
    const made: string[] = [];
    const images = prefetch(
      (name: string) => name,
      (name) => {
        made.push(name);
        return Promise.resolve(bytes(name));
      },
    );
    const routes = [{ props: { spec: "a" } }, { props: { spec: "b" } }];
    expect(images.queued(routes)).toBe(routes);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made).toEqual([]);
    vi.stubEnv("PROD", true);
    expect(images.queued(routes)).toBe(routes);
    vi.unstubAllEnvs();
    // Made before any route asks for them.
    await vi.waitFor(() => {
      expect(made.toSorted()).toEqual(["a", "b"]);
    });
    expect((await images.take("a")).toString()).toBe("a");
    expect((await images.take("b")).toString()).toBe("b");
    // Each image was made once, by the queue: taking it did not make it again.
    expect(made.toSorted()).toEqual(["a", "b"]);
  });
});
