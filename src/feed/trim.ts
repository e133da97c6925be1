/**
 * `text` without the run of `chars` (single characters) at its end. A loop: a regex such as `/\/+$/` tries a long
 * run again from each of its characters, quadratic on hostile input.
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
