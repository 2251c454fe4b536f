import { describe, expect, it, vi } from "vitest";
import { bytesWithin } from "./files";
import { IpcError } from "./ipc";

describe("bytesWithin", () => {
  it("refuses a file over the limit by its size, without reading it", async () => {
    const file = new File([new Uint8Array(2048)], "groot.csv");
    const read = vi.spyOn(file, "arrayBuffer");
    const error = await bytesWithin(file, 1024, "import.file_too_large").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect((error as IpcError).payload.code).toBe("import.file_too_large");
    expect((error as IpcError).payload.params.max_mb).toBe("0");
    expect(read).not.toHaveBeenCalled();
  });

  it("reads a file within the limit", async () => {
    const file = new File([new Uint8Array([1, 2, 3])], "klein.csv");
    expect(Array.from(await bytesWithin(file, 3, "import.file_too_large"))).toEqual([1, 2, 3]);
  });
});
