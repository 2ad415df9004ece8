import { createReadStream } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { type Checkpoint, checkpointLine, parseCheckpointLine } from "./checkpoint";
import type { NumberedCheckpoint } from "./chain-walker";

// The checkpoint file: one JSON line per checkpoint, only ever appended to.
// Each append is one write of one line with O_APPEND, so writers in several
// processes do not interleave.

export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${checkpointLine(checkpoint)}\n`, { encoding: "utf8", mode: 0o600 });
}

/**
 * The file's checkpoints, numbered from 1 in file order, streamed; `keep` bounds
 * how many of the newest are kept. A missing file has none.
 */
export async function readCheckpointFile(file: string, keep = Infinity): Promise<{ total: number; checkpoints: NumberedCheckpoint[] }> {
  const checkpoints: NumberedCheckpoint[] = [];
  const stream = createReadStream(file, { encoding: "utf8" });
  try {
    await new Promise((resolve, reject) => stream.once("open", resolve).once("error", reject));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { total: 0, checkpoints };
    throw error;
  }
  let lineNumber = 0;
  let total = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "") continue;
    checkpoints.push({ ...parseCheckpointLine(line, lineNumber), n: ++total });
    if (checkpoints.length > keep) checkpoints.shift();
  }
  return { total, checkpoints };
}
