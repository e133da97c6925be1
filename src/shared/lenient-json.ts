/**
 * JSON as CMSes write it into pages and data scripts: plain JSON, else with what search engines read all the same
 * although JSON has none of it: the `//<![CDATA[` or `<!--` wrapper some put around it, `/* … *\/` and `//`
 * comments, trailing commas, and raw line breaks or tabs inside strings.
 * @throws {SyntaxError} JSON.parse's own, when even that does not read.
 */
export function jsonData(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    // One pass that knows strings (from quote to unescaped quote): control characters inside them become escapes;
    // outside them comments are dropped, and so is a comma before a closing bracket (a comment between the two
    // included). Pieces go into an array, so that dropping a comma costs nothing whatever the length.
    const out: string[] = [];
    let comma = -1;
    let inString = false;
    for (let i = 0; i < json.length; i++) {
      const ch = json[i]!;
      if (inString && ch === '\\') {
        out.push(ch + (json[++i] ?? ''));
        continue;
      }
      if (!inString && ch === '/' && (json[i + 1] === '*' || json[i + 1] === '/')) {
        const end = json[i + 1] === '*' ? json.indexOf('*/', i + 2) + 1 : json.indexOf('\n', i);
        if (end <= 0) break;
        i = end;
        continue;
      }
      if (ch === '"') inString = !inString;
      if (!inString && /\S/.test(ch)) {
        if ((ch === ']' || ch === '}') && comma >= 0) out[comma] = '';
        comma = ch === ',' ? out.length : -1;
      }
      out.push(inString && ch < ' ' ? '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0') : ch);
    }
    try {
      return JSON.parse(out.join('').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
    } catch {
      throw error;
    }
  }
}

/** {@link jsonData}, or undefined when it does not read. */
export function lenientJson(json: string): unknown {
  try {
    return jsonData(json);
  } catch {
    return undefined;
  }
}
