import fs from "node:fs";
import path from "node:path";

/**
 * One bot per local data folder: two would each snapshot their own in-memory copy over the
 * other's file, and writes would be lost. A stale lock (its process is gone) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, ".lock");
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `Another bot (process ${holder}) is using the local data in ${dataDir}. Stop it first, or start this one with LOCAL_DATA_DIR=<another folder>.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
