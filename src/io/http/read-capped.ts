// Reading a response body with a size cap enforced while streaming.

import type { Dispatcher } from 'undici';

export type ResponseBody = Dispatcher.ResponseData['body'];

/**
 * The whole body, or the caller's error (from `tooLarge`) as soon as it passes `maxBytes`; the
 * stream is destroyed then. With `declaredLength` (a Content-Length header) an oversized body is
 * refused before reading. Stream failures propagate as they are, for the caller to classify.
 */
export async function readCapped(
  body: ResponseBody,
  maxBytes: number,
  tooLarge: () => Error,
  declaredLength?: string | string[]
): Promise<Buffer> {
  const declared = Number(declaredLength);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}
