/**
 * The direction of a piece of publisher text: `rtl` when a fair share of its letters (15%) are Hebrew, Arabic or
 * another right-to-left script, `ltr` otherwise, undefined without letters (it then follows the page). Not
 * `dir="auto"`, which goes by the first letter only, nor a majority: Hebrew and Arabic headlines often begin with
 * brands whose Latin names outweigh the short words around them (`Google משיקה את Gemini 2.0 בישראל`,
 * `Apple تطلق iPhone 16 Pro Max` read right to left), while an English headline rarely quotes a word of Arabic.
 * Tags are not counted; numeric references are read as their characters.
 */
export function textDirection(text: string | null | undefined): 'rtl' | 'ltr' | undefined {
  if (!text) return undefined;
  const sample = text
    .slice(0, 2000)
    .replace(/&#(x?)([\da-f]{1,6});/gi, (_, x: string, n: string) =>
      String.fromCodePoint(Math.min(parseInt(n, x ? 16 : 10), 0x10ffff)),
    )
    .replace(/<[^<>]*>|&\w+;/g, ' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return undefined;
  const rtl =
    sample.match(/[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu)
      ?.length ?? 0;
  return rtl >= letters * 0.15 ? 'rtl' : 'ltr';
}
