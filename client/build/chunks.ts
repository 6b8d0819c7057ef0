import type { Plugin } from "vite";

/**
 * How the client's modules are grouped into files: two groups, the rest left to the bundler.
 *
 * - `app`: everything the entry (main.tsx) imports statically, whatever else imports it too;
 * - `pages`: what two section pages or more (those sections.ts loads) import statically, beyond
 *   `app` — the report pages' results, actions, filter panels — but not what the app's other
 *   lazy code (a message card, On this device, sign-in) imports too, nor (the group takes only
 *   what it names) the modules those import: the bundler shares them apart (zod and the filter
 *   schemas, the skeletons), so that a message card does not load the report pages' code.
 *
 * Left alone, the bundler cuts that code into a chunk per set of importers (the entry and
 * sign-in, the entry and the report pages, …): 20 to 35 files on a first view, some of a few
 * hundred bytes. Each costs a request (a phone on HTTP/1.1 opens six connections to a host, so
 * they queue) and is compressed apart from the rest, and the files import each other's names.
 * The code loaded is the same: the entry loads all of `app` before the first render anyway, and
 * a report page all of `pages` but a few hundred bytes. A report page's first view went from 35
 * files to 14, Home's from 23 to 5 (`npm run bench -- shell`).
 *
 * The sets are read from the module graph once it is complete (`buildEnd`) and used when the
 * chunks are made, later in the same build.
 */
export function chunkGroups() {
  const app = new Set<string>();
  const pages = new Set<string>();
  const plugin: Plugin = {
    name: "portal:chunk-groups",
    apply: "build",
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const closure = (from: string[], stop: Set<string> = new Set()) => {
        const seen = new Set<string>();
        const queue = [...from];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (seen.has(id) || stop.has(id)) continue;
          seen.add(id);
          queue.push(...(info(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      app.clear();
      for (const id of closure(ids.filter((id) => info(id)?.isEntry))) app.add(id);
      // What the app loads on demand (its routes, dictionaries, the offline banner's filters):
      // the section pages (sections.ts), and the others, whose imports stay out of `pages`.
      const lazy = ids.filter((id) => info(id)!.dynamicImporters.some((by) => app.has(by)));
      const isSection = (id: string) => info(id)!.dynamicImporters.some((by) => /[\\/]client[\\/]src[\\/]sections\.ts$/.test(by));
      const elsewhere = new Set<string>();
      for (const id of lazy.filter((id) => !isSection(id))) for (const used of closure([id], app)) elsewhere.add(used);
      const uses = new Map<string, number>();
      for (const page of lazy.filter(isSection)) {
        for (const id of closure([page], app)) if (id !== page && !elsewhere.has(id)) uses.set(id, (uses.get(id) ?? 0) + 1);
      }
      pages.clear();
      for (const [id, count] of uses) if (count >= 2) pages.add(id);
    },
  };
  const groups = [
    { name: "app", test: (id: string) => app.has(id) },
    // Only what the test names: the group's dependencies that other pages use stay out of it.
    { name: "pages", test: (id: string) => pages.has(id), includeDependenciesRecursively: false },
  ];
  return { plugin, groups };
}
