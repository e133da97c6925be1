/**
 * The direction of a piece of publisher text, by the script most of its letters are in: `rtl` for Hebrew, Arabic
 * and the other right-to-left scripts, `ltr` for the rest, undefined without letters (it then follows the page).
 * Not `dir="auto"`, which goes by the first letter only: Hebrew and Arabic headlines often begin with a brand
 * (`Google משיקה את Gemini 2.0 בישראל` reads right to left). Tags and references of HTML are not counted.
 */
export function textDirection(text: string | null | undefined): 'rtl' | 'ltr' | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 2000).replace(/<[^<>]*>|&#?\w+;/g, ' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return undefined;
  const rtl =
    sample.match(/[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu)
      ?.length ?? 0;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
