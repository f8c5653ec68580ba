/** `-` as a path: the article comes from standard input (editors piping an unsaved buffer). */
import { UsageError } from '../errors.js';
import type { TextInput } from '../engine.js';

export const STDIN_DEFAULT_NAME = '<stdin>';

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Splits `-` out of the paths; reads stdin when it was there. */
export async function takeStdin(paths: string[], stdinFilename: string | undefined): Promise<{ paths: string[]; inputs: TextInput[] }> {
  const rest = paths.filter((p) => p !== '-');
  if (rest.length === paths.length) {
    if (stdinFilename !== undefined) throw new UsageError('--stdin-filename names the text read from "-", but no "-" was given');
    return { paths, inputs: [] };
  }
  if (stdinFilename !== undefined && stdinFilename.trim() === '') throw new UsageError('--stdin-filename expects a name');
  if (process.stdin.isTTY) throw new UsageError('"-" reads an article from standard input, but standard input is a terminal (pipe the text in)');
  const bytes = await readAll(process.stdin);
  return { paths: rest, inputs: [{ path: stdinFilename ?? STDIN_DEFAULT_NAME, text: bytes }] };
}
