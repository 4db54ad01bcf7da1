/**
 * Browser tests need Debian's Chromium. Install it with apt-get when it is missing (as root, as on CI); never
 * download a browser build from anywhere else.
 */
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is not at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium with apt-get ...");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
