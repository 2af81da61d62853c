#!/usr/bin/env node
// Run axe-core on one local HTML file in Debian's Chromium (via playwright-core)
// and print one JSON object to stdout.
//
// Usage:
//   node tools/axe-run.mjs --file PAGE.html [--color-scheme light|dark]
//        [--width 1280] [--height 800] [--screenshot OUT.png]
//        [--chromium /usr/bin/chromium] [--tags wcag2a,wcag2aa,...]
//
// Output (stdout, JSON):
//   { url, axeVersion, colorScheme, width, height,
//     scrollWidth, innerWidth, clientWidth, horizontalScroll,
//     violations: [{id, impact, description, help, helpUrl, tags,
//                   nodes: [{target, html, failureSummary}]}],
//     passes, incomplete, inapplicable,            (counts)
//     incompleteRules: [ids], blockedRequests: [urls], pageErrors: [messages],
//     screenshot }
// Exit status: 0 when the run completed (whatever the number of violations),
// 1 on usage or runtime error (message on stderr).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

const DEFAULT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

function fail(message) {
  process.stderr.write(`axe-run: ${message}\n`);
  process.exit(1);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      file: { type: "string" },
      "color-scheme": { type: "string", default: "light" },
      width: { type: "string", default: "1280" },
      height: { type: "string", default: "800" },
      screenshot: { type: "string" },
      chromium: { type: "string", default: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
      tags: { type: "string", default: DEFAULT_TAGS.join(",") },
      timeout: { type: "string", default: "60000" },
    },
    strict: true,
  }));
} catch (err) {
  fail(err.message);
}

if (!opts.file) fail("--file is required");
const colorScheme = opts["color-scheme"];
if (colorScheme !== "light" && colorScheme !== "dark") {
  fail(`--color-scheme must be light or dark, not ${JSON.stringify(colorScheme)}`);
}
const width = Number.parseInt(opts.width, 10);
const height = Number.parseInt(opts.height, 10);
const timeout = Number.parseInt(opts.timeout, 10);
if (!(width > 0) || !(height > 0) || !(timeout > 0)) fail("--width, --height and --timeout must be positive integers");
const tags = opts.tags.split(",").map((t) => t.trim()).filter(Boolean);

const filePath = resolve(opts.file);
try {
  readFileSync(filePath, { flag: "r" });
} catch (err) {
  fail(`cannot read ${filePath}: ${err.message}`);
}
const url = pathToFileURL(filePath).href;
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: opts.chromium,
  args: CHROMIUM_ARGS,
  headless: true,
  timeout,
});

try {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    bypassCSP: true,
    offline: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);

  // Reports must be self-contained: refuse anything that is not a local file.
  const blockedRequests = [];
  await context.route(
    (u) => u.protocol !== "file:" && u.protocol !== "data:" && u.protocol !== "blob:",
    (route) => {
      blockedRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(String(err && err.message ? err.message : err)));

  const response = await page.goto(url, { waitUntil: "load" });
  if (response && !response.ok()) throw new Error(`loading ${url} gave status ${response.status()}`);

  await page.evaluate(axeSource);
  const results = await page.evaluate(
    async (runTags) =>
      // eslint-disable-next-line no-undef
      await axe.run(document, {
        runOnly: { type: "tag", values: runTags },
        resultTypes: ["violations"],
      }),
    tags,
  );
  const measure = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    innerWidth: window.innerWidth,
  }));

  let screenshot = null;
  if (opts.screenshot) {
    screenshot = resolve(opts.screenshot);
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  const out = {
    url,
    axeVersion: results.testEngine ? results.testEngine.version : null,
    colorScheme,
    width,
    height,
    tags,
    scrollWidth: measure.scrollWidth,
    innerWidth: measure.innerWidth,
    clientWidth: measure.clientWidth,
    horizontalScroll: measure.scrollWidth > measure.innerWidth,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      description: v.description,
      help: v.help,
      helpUrl: v.helpUrl,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html,
        failureSummary: n.failureSummary ?? null,
      })),
    })),
    passes: results.passes.length,
    incomplete: results.incomplete.length,
    inapplicable: results.inapplicable.length,
    incompleteRules: results.incomplete.map((r) => r.id),
    blockedRequests,
    pageErrors,
    screenshot,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
} catch (err) {
  process.stderr.write(`axe-run: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
