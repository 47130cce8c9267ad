import fs from "node:fs";
import path from "node:path";

/** The folder holding package.json: `cards/` and `playground/` live there, in dev and in dist alike. */
export function findProjectRoot(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`No package.json above ${startDir}: run the bot from its project folder.`);
    dir = parent;
  }
}
