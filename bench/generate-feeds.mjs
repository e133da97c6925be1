// Synthetic news feeds for bench/parse-bench.mjs: realistic items (HTML summaries with entities and an <img>,
// Media RSS images, categories, authors), deterministic so every run parses the same bytes.

const words =
  'market city council report season water energy school police court budget storm museum river'.split(' ');
const sentence = (i, n) =>
  Array.from({ length: n }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');

/** An RSS 2.0 feed with `n` items. */
export function rssFeed(n) {
  let items = '';
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) - i * 3600e3).toUTCString();
    items += `
    <item>
      <title>${sentence(i, 8)} &amp; more #${i}</title>
      <link>https://news.example.com/2024/story-${i}.html</link>
      <guid isPermaLink="false">story-${i}</guid>
      <pubDate>${date}</pubDate>
      <dc:creator>Reporter ${i % 17}</dc:creator>
      <category>${words[i % words.length]}</category>
      <description><![CDATA[<p>${sentence(i, 30)}</p><img src="https://img.example.com/${i}.jpg" width="600" height="400" alt="">]]></description>
      <media:content url="https://img.example.com/${i}-large.jpg" medium="image" width="1200" height="800"/>
    </item>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Example News</title>
    <link>https://news.example.com/</link>
    <description>All the news &amp; more</description>
    <language>en-us</language>
    <lastBuildDate>Mon, 01 Jan 2024 00:00:00 GMT</lastBuildDate>${items}
  </channel>
</rss>`;
}

/** An Atom 1.0 feed with `n` entries. */
export function atomFeed(n) {
  let entries = '';
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) - i * 3600e3).toISOString();
    entries += `
  <entry>
    <title type="html">${sentence(i, 8)} &amp;amp; more #${i}</title>
    <link rel="alternate" type="text/html" href="https://news.example.com/2024/story-${i}.html"/>
    <id>tag:news.example.com,2024:story-${i}</id>
    <published>${date}</published>
    <updated>${date}</updated>
    <author><name>Reporter ${i % 17}</name></author>
    <category term="${words[i % words.length]}"/>
    <summary type="html">&lt;p&gt;${sentence(i, 30)}&lt;/p&gt;&lt;img src="https://img.example.com/${i}.jpg" width="600" height="400"&gt;</summary>
  </entry>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example News</title>
  <link rel="alternate" href="https://news.example.com/"/>
  <link rel="self" href="https://news.example.com/atom.xml"/>
  <subtitle>All the news</subtitle>
  <updated>2024-01-01T00:00:00Z</updated>
  <id>tag:news.example.com,2024:feed</id>${entries}
</feed>`;
}
