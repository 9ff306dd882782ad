// What a step prints, taken in-process: @actions/core (patched) writes to fd 1 with fs.writeSync, other code
// may still use process.stdout.write; both are replaced until the returned function puts them back.
import fs from "node:fs";

export function captureStdout(append: (text: string) => void): () => void {
  const { writeSync } = fs;
  const streamWrite = process.stdout.write;
  fs.writeSync = ((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]): number => {
    if (fd !== 1) return Reflect.apply(writeSync, fs, [fd, data, ...rest]) as number;
    if (typeof data === "string") {
      append(data);
      return Buffer.byteLength(data);
    }
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const offset = typeof rest[0] === "number" ? rest[0] : 0;
    const length = typeof rest[1] === "number" ? rest[1] : bytes.length - offset;
    append(bytes.toString("utf8", offset, offset + length));
    return length;
  }) as typeof fs.writeSync;
  process.stdout.write = captureWrites(append);
  return () => {
    fs.writeSync = writeSync;
    process.stdout.write = streamWrite;
  };
}

/** A stream write that appends to the run's text instead of the terminal (workflow commands included). */
export function captureWrites(append: (text: string) => void): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, encodingOrDone?: unknown, done?: unknown): boolean => {
    append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = typeof encodingOrDone === "function" ? encodingOrDone : done;
    if (typeof callback === "function") process.nextTick(callback as () => void);
    return true;
  }) as typeof process.stdout.write;
}
