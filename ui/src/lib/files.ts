// Files the user picks, read only when the core will take them: a file over the limit
// is refused by its size, before a byte of it is read or sent.
import { IpcError } from "./ipc";

const MB = 1024 * 1024;

/**
 * The bytes of `file`, or an `IpcError` with `code` (and the sizes in MB) when it is
 * larger than `max` bytes; the file is then not read.
 */
export async function bytesWithin(file: File, max: number, code: string): Promise<Uint8Array> {
  if (file.size > max) {
    throw new IpcError({
      code,
      params: { size_mb: (file.size / MB).toFixed(1), max_mb: (max / MB).toFixed(0) },
    });
  }
  return new Uint8Array(await file.arrayBuffer());
}
