export {};

/**
 * `npm run bench`: runs every benchmark module listed here, one after the other (they share the
 * machine's two cores, so never in parallel). Each module exports `run(): Promise<void>` and
 * prints its own table. `npm run bench -- recordings` runs only the modules whose name matches.
 */
const modules: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  recordings: () => import("./recordings.bench"),
  exports: () => import("./exports.bench"),
  messages: () => import("./messages.bench"),
  billable: () => import("./billable.bench"),
  statistics: () => import("./statistics.bench"),
  offline: () => import("./offline.bench"),
  "ten-times": () => import("./ten-times.bench"),
  load: () => import("./load.bench"),
  live: () => import("./live.bench"),
  overhead: () => import("./overhead.bench"),
  shell: () => import("./shell.bench"),
  lighthouse: () => import("./lighthouse.bench"),
  demo: () => import("./demo.bench"),
};

const only = process.argv.slice(2);
for (const [name, load] of Object.entries(modules)) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  console.log(`\n== ${name} ==`);
  await (await load()).run();
}
process.exit(0);
