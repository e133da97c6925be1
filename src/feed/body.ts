import { FeedError } from './errors.js';

/**
 * The body of `res`, read as it arrives and given up (with code `too-large`) once it passes `max` bytes (32 MiB by
 * default), so an endless or huge response never fills memory. For feeds (loadFeed) and articles (`<news-article src>`).
 */
export async function readBody(res: Response, url: string, max = 2 ** 25): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('too-large', `${url} is larger than ${max} bytes.`, { url });
  if (+res.headers.get('content-length')! > max) {
    res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk; !(chunk = await reader.read()).done;) {
    size += chunk.value.length;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const all = new Uint8Array(size);
  size = 0;
  for (const c of chunks) all.set(c, (size += c.length) - c.length);
  return all;
}
