// Writes docs/api.md from custom-elements.json: one section per element with its attributes, properties,
// events, slots, parts and CSS properties. `npm run manifest` runs it; the manifest check fails when stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

export function apiMarkdown(manifest) {
  const esc = (s) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n+/g, ' ');
  const code = (s) => (s ? `\`${esc(s)}\`` : '');
  const table = (head, rows) =>
    rows.length
      ? [
          `| ${head.join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...rows.map((r) => `| ${r.join(' | ')} |`),
          '',
        ]
      : [];
  const out = [
    '# API reference',
    '',
    'Generated from `custom-elements.json` by `npm run manifest`; do not edit by hand.',
    '',
  ];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      out.push(`## \`<${d.tagName}>\``, '', d.description ?? '', '');
      const attrs = d.attributes ?? [];
      out.push(
        '### Attributes',
        '',
        ...table(
          ['attribute', 'property', 'type', 'default', 'description'],
          attrs.map((a) => [
            code(a.name),
            code(a.fieldName),
            code(a.type?.text),
            code(a.default),
            esc(a.description),
          ]),
        ),
      );
      const attrFields = new Set(attrs.map((a) => a.fieldName));
      const props = (d.members ?? []).filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          m.privacy !== 'private' &&
          m.privacy !== 'protected' &&
          !attrFields.has(m.name),
      );
      if (props.length)
        out.push(
          '### Properties (no attribute)',
          '',
          ...table(
            ['property', 'type', 'description'],
            props.map((p) => [code(p.name), code(p.type?.text), esc(p.description)]),
          ),
        );
      if (d.events?.length)
        out.push(
          '### Events',
          '',
          ...table(
            ['event', 'detail', 'description'],
            d.events.map((e) => [code(e.name), code(e.type?.text), esc(e.description)]),
          ),
        );
      if (d.slots?.length)
        out.push(
          '### Slots',
          '',
          ...table(
            ['slot', 'description'],
            d.slots.map((s) => [s.name ? code(s.name) : '(default)', esc(s.description)]),
          ),
        );
      if (d.cssParts?.length)
        out.push(
          '### CSS parts',
          '',
          ...table(
            ['part', 'description'],
            d.cssParts.map((p) => [code(p.name), esc(p.description)]),
          ),
        );
      if (d.cssProperties?.length)
        out.push(
          '### CSS custom properties',
          '',
          ...table(
            ['property', 'default', 'description'],
            d.cssProperties.map((p) => [code(p.name), code(p.default), esc(p.description)]),
          ),
        );
    }
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/api.md', apiMarkdown(JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
  console.log('docs/api.md written');
}
