import { closeSync, openSync, readSync } from 'node:fs';
import { parseDicomHeader, type HeaderParse } from './dicom-header.js';

/** First read per file; enough for the header of almost every radiograph and CT slice. */
export const FIRST_READ_BYTES = 16 * 1024;
/** A header still unparsed after this many bytes is reported as corrupt rather than read on. */
export const MAX_HEADER_BYTES = 64 * 1024 * 1024;
// Buffers grown past this size for one odd file are dropped afterwards, so memory stays flat.
const KEEP_BUFFER_BYTES = 1024 * 1024;

/**
 * Reads DICOM headers from files without touching pixel data: the first {@link FIRST_READ_BYTES},
 * doubled only while the parser asks for more. One reusable buffer per reader (not thread-safe;
 * one reader per scan).
 */
export class DicomHeaderReader {
  private buf = Buffer.allocUnsafe(FIRST_READ_BYTES);
  /** Bytes read from disk by this reader (benchmarks report it). */
  bytesRead = 0;

  constructor(private readonly firstRead = FIRST_READ_BYTES) {
    if (this.buf.length < firstRead) this.buf = Buffer.allocUnsafe(firstRead);
  }

  /** Parses the header of one file; I/O errors come back as `invalid` with the system reason. */
  read(path: string): HeaderParse {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      return { kind: 'invalid', code: 'IMAGE_NOT_DICOM', reason: `cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    try {
      // No fstat: a short read marks the end of the file, which saves a system call per file.
      let want = this.firstRead;
      let have = 0;
      let eof = false;
      for (;;) {
        if (this.buf.length < want) {
          const next = Buffer.allocUnsafe(want);
          this.buf.copy(next, 0, 0, have);
          this.buf = next;
        }
        while (have < want) {
          const n = readSync(fd, this.buf, have, want - have, have);
          if (n === 0) {
            eof = true;
            break;
          }
          have += n;
          this.bytesRead += n;
        }
        const res = parseDicomHeader(this.buf.subarray(0, have), eof);
        if (res.kind !== 'more') return res;
        if (have >= MAX_HEADER_BYTES) {
          return { kind: 'invalid', code: 'IMAGE_CORRUPT', reason: `no parseable header within the first ${MAX_HEADER_BYTES / 1024 / 1024} MiB` };
        }
        want = Math.min(want * 2, MAX_HEADER_BYTES);
      }
    } catch (e) {
      return { kind: 'invalid', code: 'IMAGE_CORRUPT', reason: `read failed (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    } finally {
      closeSync(fd);
      if (this.buf.length > KEEP_BUFFER_BYTES) this.buf = Buffer.allocUnsafe(this.firstRead);
    }
  }
}
