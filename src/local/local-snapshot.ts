import fs from "node:fs/promises";
import path from "node:path";
import type { Container } from "@azure/cosmos";
import { stripSystemFields } from "../store/cosmos-operations";

/**
 * The embedded server keeps data in memory only. Local mode keeps it across restarts by writing
 * each container's documents to `<dataDir>/<container>.json` shortly after writes, and loading
 * them back on start. Writes go to a temporary file first, so a crash never leaves half a file.
 */
const SAVE_DELAY_MS = 300;

type Document = Record<string, unknown>;

export async function restoreSnapshot(dataDir: string, containers: Container[]): Promise<number> {
  let restored = 0;
  for (const container of containers) {
    const file = path.join(dataDir, `${container.id}.json`);
    let documents: Document[];
    try {
      documents = JSON.parse(await fs.readFile(file, "utf8")) as Document[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw new Error(
        `Could not read local data ${file}: ${(error as Error).message}. Move it aside to start empty.`,
        { cause: error },
      );
    }
    for (const document of documents) {
      await container.items.upsert(document);
      restored += 1;
    }
  }
  return restored;
}

export async function saveSnapshot(dataDir: string, containers: Container[]): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  for (const container of containers) {
    const { resources } = await container.items.query<Document>("SELECT * FROM c").fetchAll();
    const file = path.join(dataDir, `${container.id}.json`);
    const temporary = `${file}.tmp`;
    await fs.writeFile(temporary, JSON.stringify(resources.map(stripSystemFields), null, 1));
    await fs.rename(temporary, file);
  }
}

/** Debounces saves: many writes in a burst give one snapshot. */
export function createSnapshotWriter(
  dataDir: string,
  containers: Container[],
  onError: (error: unknown) => void,
) {
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    saving = saving.then(() => saveSnapshot(dataDir, containers)).catch(onError);
    return saving;
  };
  return {
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void save();
      }, SAVE_DELAY_MS);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await save();
    },
  };
}
