/**
 * Bytes to text. Articles arrive in whatever encoding someone saved them in: UTF-8 with or without BOM,
 * UTF-16 with BOM (or without, when the NUL pattern is unmistakable), and legacy Windows-1252/ISO-8859-1
 * exports. Binary, empty, oversized and unreadable files become a reason, never an exception.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** UTF-16 without BOM: in ASCII-heavy text every other byte is NUL. */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function binaryReason(buf: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(buf, sig)) return `binary file (${name})`;
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return 'binary file (contains NUL bytes)';
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  if (n > 0 && controls / n > 0.1) return 'binary file (mostly control bytes)';
  return null;
}

/** Count of bytes that break UTF-8, and whether any multi-byte sequence was valid. */
function utf8Errors(buf: Uint8Array): { errors: number; firstError: number; multibyte: number } {
  let errors = 0;
  let firstError = -1;
  let multibyte = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    let ok = need > 0 && i + need < buf.length + 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (firstError < 0) firstError = i;
      errors++;
      i++;
    }
  }
  return { errors, firstError, multibyte };
}

/** Windows-1252's 0x80–0x9F (TextDecoder in Node maps the label to ISO-8859-1, which has C1 controls there). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džÿ';

export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

export function decode(buf: Uint8Array): ReadResult {
  if (buf.length === 0) return { ok: false, reason: 'empty file' };
  // Checked before UTF-16, whose little-endian BOM is UTF-32LE's first two bytes.
  if (startsWith(buf, [0xff, 0xfe, 0, 0]) || startsWith(buf, [0, 0, 0xfe, 0xff])) {
    return { ok: false, reason: 'UTF-32 text is not supported (save it as UTF-8)' };
  }
  // Exactly one BOM is removed (ignoreBOM keeps TextDecoder from eating a second one), so columns match an
  // editor's, which shows a further U+FEFF as a character of the line.
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf.subarray(3)), 'utf-8 (BOM)', []);
  if (startsWith(buf, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(buf.subarray(2)), 'utf-16le', []);
  if (startsWith(buf, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(buf.subarray(2)), 'utf-16be', []);
  const utf16 = sniffUtf16(buf);
  if (utf16) return finish(new TextDecoder(utf16).decode(buf), utf16, []);
  const binary = binaryReason(buf);
  if (binary) return { ok: false, reason: binary };
  const { errors, firstError, multibyte } = utf8Errors(buf);
  if (errors === 0) return finish(new TextDecoder('utf-8').decode(buf), 'utf-8', []);
  // Mostly valid UTF-8 with a few broken bytes: keep UTF-8 (the other characters are right) and say where.
  if (multibyte > 0 && errors <= Math.max(2, multibyte / 10)) {
    return finish(new TextDecoder('utf-8').decode(buf), 'utf-8', [
      `invalid UTF-8 at byte ${firstError} (${errors} byte${errors === 1 ? '' : 's'} replaced with U+FFFD)`,
    ]);
  }
  // A legacy single-byte export: Windows-1252 is a superset of ISO-8859-1's printable range.
  return finish(decodeWindows1252(buf), 'windows-1252', []);
}

function finish(text: string, encoding: string, warnings: string[]): ReadResult {
  if (text.trim() === '') return { ok: false, reason: 'no text (whitespace only)' };
  return { ok: true, text, encoding, warnings };
}

/** What an errno means to someone who can fix it. */
function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable file (permission denied)';
    case 'ENOENT':
      return 'unreadable file (it disappeared before it could be read)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'not a regular file (a folder)';
    case 'EIO':
      return 'unreadable file (input/output error)';
    default:
      return `unreadable file (${err.code ?? err.message})`;
  }
}

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * Reads at most `maxFileSize` bytes. The size is checked on the open handle, and the read stops one byte past
 * the limit, so a file that grows while it is read (a log, a device) never takes more memory than the limit.
 */
export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * The file's bytes, or why they cannot be had (the cache hashes bytes before anything is decoded). Read with
 * synchronous calls: articles are small, and the promise API's stat + open + read + close
 * through the thread pool cost more than reading (≈0.4 ms a file on Reuters, a tenth of the analysis). The
 * calling thread is a worker, or a CLI run with nothing else to do meanwhile.
 */
export async function readBytes(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<BytesResult> {
  return readBytesSync(file, maxFileSize);
}

/**
 * Synchronous, for the worker threads' hot loop. Reads at most `maxFileSize` bytes: the size is checked on the
 * open handle and the read stops one byte past the limit, so a file that grows while it is read (a log, a
 * device) never takes more memory than the limit.
 */
export function readBytesSync(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): BytesResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe with no writer must not hang the run; it is rejected below anyway.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `not a regular file (${kindOf(st)})` };
    if (st.size > maxFileSize) return { ok: false, reason: tooLarge(st.size, maxFileSize) };
    let buf = Buffer.allocUnsafe(Math.min(st.size, maxFileSize) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (buf.length > maxFileSize) return { ok: false, reason: tooLarge(length, maxFileSize) };
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxFileSize + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxFileSize) return { ok: false, reason: tooLarge(length, maxFileSize) };
    return { ok: true, bytes: buf.subarray(0, length) };
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, max: number): string {
  return `larger than --max-file-size (${size} > ${max} bytes)`;
}

export async function readArticle(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  const r = await readBytes(file, maxFileSize);
  return r.ok ? decode(r.bytes) : r;
}
