import { expect } from '@open-wc/testing';
import { decodeFeed } from '../../src/feed/charset.js';
import { normalizeStory } from '../../src/feed/normalize.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed, Story } from '../../src/feed/types.js';

// Feeds as real publishers serve them (structure, namespaces and quirks reproduced; the content is invented), with
// what a careful reader expects of each in our model.
// Served byte for byte by the test server (the dev server would re-encode the windows-1252 file as UTF-8).
const ROOT = '/__feeds/fixture/real-world/';
const bytes = async (name: string) => new Uint8Array(await (await fetch(ROOT + name)).arrayBuffer());
/** The fixture decoded as a browser would (BOM, then XML declaration), parsed as fetched from `url`. */
const load = async (name: string, url: string): Promise<Feed> =>
  parseFeed(decodeFeed(await bytes(name)), { url });
/** The feed without its items, to compare the channel fields alone. */
const head = ({ items: _items, ...rest }: Feed) => rest;
const ld = async (name: string, baseUrl?: string): Promise<Story> =>
  normalizeStory(JSON.parse(decodeFeed(await bytes(name))), { baseUrl });

describe('real-world feeds', () => {
  it('YouTube channel Atom: the video description is the summary, the thumbnail the image', async () => {
    const feed = await load(
      'youtube.xml',
      'https://www.youtube.com/feeds/videos.xml?channel_id=UCx0L2ZdYfiq-tsAXb8IXpQg',
    );
    const description = 'We sail out to measure the tide at three harbours. Links: https://example.org/tides';
    expect(head(feed)).to.deep.equal({
      format: 'atom',
      title: 'Harbour Science Channel',
      link: 'https://www.youtube.com/channel/UCx0L2ZdYfiq-tsAXb8IXpQg',
      updated: '2014-03-09T18:22:41.000Z',
    });
    expect(feed.items).to.deep.equal([
      {
        title: 'Why Tides Are Late & Other Ocean Myths',
        categories: [],
        id: 'yt:video:Qm3kX9aPz_0',
        link: 'https://www.youtube.com/watch?v=Qm3kX9aPz_0',
        summary: description,
        published: '2023-10-31T14:00:07.000Z',
        updated: '2023-11-01T02:15:33.000Z',
        author: 'Harbour Science Channel',
        authors: [
          {
            name: 'Harbour Science Channel',
            url: 'https://www.youtube.com/channel/UCx0L2ZdYfiq-tsAXb8IXpQg',
          },
        ],
        image: {
          url: 'https://i2.ytimg.com/vi/Qm3kX9aPz_0/hqdefault.jpg',
          width: 480,
          height: 360,
          alt: description,
          caption: description,
        },
      },
    ]);
  });

  it('self-hosted WordPress RSS: CDATA fields, dc:creator, the first sized <img> of content:encoded', async () => {
    const feed = await load('wordpress.xml', 'https://riversidegazette.example/feed/');
    expect(head(feed)).to.deep.equal({
      format: 'rss',
      title: 'Riverside Gazette',
      link: 'https://riversidegazette.example',
      description: 'Local news since 1998',
      language: 'en-US',
      updated: '2023-11-01T09:12:44.000Z',
      image: { url: 'https://riversidegazette.example/wp-content/uploads/2021/02/cropped-icon-32x32.png' },
    });
    const [bridge, market] = feed.items;
    expect(bridge.title).to.equal('Council approves ‘green’ bridge plan – at last');
    expect(bridge.id).to.equal('https://riversidegazette.example/?p=48213');
    expect(bridge.link).to.equal(
      'https://riversidegazette.example/2023/10/31/council-approves-green-bridge-plan/',
    );
    expect(bridge.categories).to.deep.equal(['Local News', 'Transport', 'bridge']);
    expect(bridge.author).to.equal("Maria O'Neill");
    expect(bridge.published).to.equal('2023-10-31T18:45:12.000Z');
    expect(bridge.summary).to.match(/^<p>The council voted 7&#8211;2 on Tuesday/);
    expect(bridge.contentHtml).to.match(/^<figure class="wp-block-image size-large"><img /);
    expect(bridge.image).to.deep.equal({
      url: 'https://riversidegazette.example/wp-content/uploads/2023/10/bridge-1024x683.jpg',
      width: 1024,
      height: 683,
      alt: "An artist's impression of the footbridge",
    });
    expect(market.image).to.deep.equal({
      url: 'https://riversidegazette.example/wp-content/uploads/2023/10/market.jpg',
    });
    expect(market.categories).to.deep.equal(['Uncategorized']);
  });

  it('WordPress.com RSS: neither the emoji <img> nor the author gravatar in media:content is the image', async () => {
    const [story] = (await load('wordpress-com.xml', 'https://allotmentdiaries.wordpress.com/feed/')).items;
    expect(story.title).to.equal('Pumpkins! 🎃');
    expect(story.author).to.equal('plotholder42');
    expect(story.image).to.deep.equal({
      url: 'https://allotmentdiaries.files.wordpress.com/2023/10/pumpkin.jpg?w=1024',
      alt: 'A very large orange pumpkin',
    });
  });

  it('RSS dates written in the site language (French, German, Spanish, Russian) are read', async () => {
    const feed = await load('localized-dates.xml', 'https://journalduport.example/feed/');
    expect(feed.updated).to.equal('2023-11-01T08:12:44.000Z');
    expect(feed.items.map((s) => s.published)).to.deep.equal([
      '2023-10-31T17:45:12.000Z',
      '2023-10-30T07:00:00.000Z',
      '2023-10-29T06:30:00.000Z',
      '2023-10-28T09:00:00.000Z',
      // An unreadable date leaves no trace rather than a guess.
      undefined,
    ]);
  });

  it('Medium RSS: content:encoded only, atom:updated, the stat pixel skipped', async () => {
    const feed = await load('medium.xml', 'https://medium.com/feed/@kimosei');
    expect(feed.updated).to.equal('2023-11-01T10:51:09.000Z');
    expect(feed.items).to.have.length(1);
    const [story] = feed.items;
    expect(story).to.deep.include({
      title: 'Designing for the Tide: Lessons from a Harbour App',
      id: 'https://medium.com/p/7d1e2f3a4b5c',
      link: 'https://medium.com/@kimosei/designing-for-the-tide-7d1e2f3a4b5c?source=rss-3f2a1b0c9d8e------2',
      categories: ['ux-design', 'mobile-apps'],
      published: '2023-10-31T16:22:48.000Z',
      updated: '2023-10-31T16:25:10.512Z',
      author: 'Kim Osei',
      image: { url: 'https://cdn-images-1.medium.com/max/1024/1*Xy9Zk2.jpeg', alt: 'A harbour at low tide' },
    });
    expect(story).to.not.have.property('summary');
  });

  it('Substack RSS: the image enclosure is the image; itunes:* channel fields are ignored', async () => {
    const feed = await load('substack.xml', 'https://tidalletter.substack.com/feed');
    expect(feed.title).to.equal('The Tidal Letter');
    expect(feed.language).to.equal('en');
    const [story] = feed.items;
    expect(story).to.deep.include({
      title: 'The Last Ferry',
      link: 'https://tidalletter.substack.com/p/the-last-ferry',
      summary: 'On the night crossing, and the people who keep it running.',
      author: 'Jo Marsh',
      published: '2023-10-31T12:03:41.000Z',
      image: {
        url: 'https://substack-post-media.s3.amazonaws.com/public/images/5c1d2e3f-ferry_2400x1600.jpeg',
      },
    });
    expect(story.contentHtml).to.contain('<p>The 23:40 leaves on time, mostly.</p>');
  });

  it('Guardian-style RSS: escaped HTML description, the widest of several media:content, its credit', async () => {
    const feed = await load('guardian.xml', 'https://www.ledger.example/world/rss');
    expect(feed.updated).to.equal('2023-11-01T10:02:11.000Z');
    expect(feed.language).to.equal('en-gb');
    const [story] = feed.items;
    expect(story.summary).to.match(
      /^<p>Forecasters issue rare red warning for parts of the south coast<\/p><ul><li><p><a href="https:\/\/www\.ledger\.example\/uk-news\/live\//,
    );
    expect(story).to.deep.include({
      title: 'Storm Ciarán: thousands without power as winds reach 100mph',
      categories: ['UK news', 'Weather'],
      published: '2023-11-01T09:41:53.000Z',
      author: 'Sam Lee and Priya Patel',
      image: {
        url: 'https://i.ledgerimg.example/img/media/4f2a/master/0_0_5000_3000/500.jpg?width=460&quality=85&auto=format&fit=max&s=3c4d',
        width: 460,
        credit: 'Photograph: Jane Doe/PA',
      },
    });
  });

  it('NYT-style RSS: media:credit and media:description beside media:content describe the image', async () => {
    const feed = await load('nyt.xml', 'https://rss.metrotimes.example/services/xml/rss/nyt/World.xml');
    expect(feed.title).to.equal('NYT > World News');
    expect(feed).to.not.have.property('description');
    const [story, live] = feed.items;
    expect(story.image).to.deep.equal({
      url: 'https://static01.metrotimes.example/images/2023/11/01/multimedia/01mountain-wpvh/01mountain-wpvh-mediumSquareAt3X.jpg',
      width: 1800,
      height: 1800,
      alt: 'The road over the pass is closed from November to May.',
      caption: 'The road over the pass is closed from November to May.',
      credit: 'Laura Klein for The Metro Times',
    });
    // The item-level media:description is the image's, not the story's.
    expect(story.summary).to.equal(
      'Voters in the valley say the pass, closed for half the year, matters more than any national issue.',
    );
    expect(story.categories).to.deep.equal(['Elections', 'Alps', 'Berg, Tomás']);
    expect(story.author).to.equal('Elena Ruiz and Tomás Berg');
    expect(story.published).to.equal('2023-11-01T09:00:27.000Z');
    expect(live).to.not.have.property('image');
  });

  it('BBC-style RSS: CDATA titles, media:thumbnail with its size, a #0 guid that is no permalink', async () => {
    const feed = await load('bbc.xml', 'https://feeds.broadcaster.example/news/world/rss.xml');
    expect(feed.title).to.equal('Public Broadcaster News - World');
    expect(feed.updated).to.equal('2023-11-01T10:17:45.000Z');
    const [, video] = feed.items;
    expect(video).to.deep.equal({
      title: 'Watch: The moment a whale surfaces beside a kayak',
      categories: [],
      id: 'https://www.broadcaster.example/news/av/world-67280000#0',
      link: 'https://www.broadcaster.example/news/av/world-67280000',
      summary: 'The paddler said she was "lost for words".',
      published: '2023-10-31T23:05:02.000Z',
      image: {
        url: 'https://ichef.broadcaster.example/ace/standard/240/cpsprodpb/9C8D/production/_131589876_p0gn5x8v.jpg',
        width: 240,
        height: 135,
      },
    });
  });

  it('CNN-style RSS: EST/EDT dates, the largest image of a media:group', async () => {
    const feed = await load('cnn.xml', 'https://rss.cnw.example/rss/edition_world.rss');
    const [landslide, markets] = feed.items;
    expect(landslide.published).to.equal('2023-11-01T01:15:41.000Z');
    expect(markets.published).to.equal('2023-10-31T20:02:00.000Z');
    expect(landslide.image).to.deep.equal({
      url: 'https://cdn.cnw.example/cnwnext/dam/assets/231031-landslide-super-169.jpg',
      width: 1100,
      height: 619,
    });
    expect(markets).to.not.have.property('image');
    expect(markets).to.not.have.property('summary');
  });

  it('Vimeo RSS: the thumbnail inside a url-less media:content (a video) is the image', async () => {
    const [story] = (await load('vimeo.xml', 'https://vimeo.com/harbourfilms/videos/rss')).items;
    expect(story.published).to.equal('2023-11-01T01:44:50.000Z');
    expect(story.image).to.deep.equal({
      url: 'https://i.vimeocdn.com/video/1751234567-abcdef_960x540?r=pad',
      width: 960,
      height: 540,
      alt: 'Night Crossing',
      credit: 'Harbour Films',
    });
  });

  it('Reddit Atom: html content with an escaped <img>, /u/ authors, thumbnails', async () => {
    const feed = await load('reddit.xml', 'https://www.forum.example/r/worldnews/.rss');
    expect(head(feed)).to.deep.equal({
      format: 'atom',
      title: 'World News',
      link: 'https://www.forum.example/r/worldnews/',
      description: 'A place for major news from around the world.',
      updated: '2023-11-01T10:31:12.000Z',
    });
    const [ferry, daily] = feed.items;
    expect(ferry).to.deep.include({
      title: 'Ferry service resumes after strike',
      id: 't3_17l2x9q',
      link: 'https://www.forum.example/r/worldnews/comments/17l2x9q/ferry_service_resumes/',
      categories: ['worldnews'],
      author: '/u/harbourwatch',
      authors: [{ name: '/u/harbourwatch', url: 'https://www.forum.example/user/harbourwatch' }],
      image: { url: 'https://b.thumbs.forum.example/Xy9kQ2w3abc.jpg' },
    });
    expect(ferry.contentHtml).to.contain('<img src="https://b.thumbs.forum.example/Xy9kQ2w3abc.jpg"');
    expect(daily.title).to.equal('Daily Thread & Rules');
    expect(daily.contentHtml).to.contain('<p>Discussion thread &amp; rules.</p>');
    expect(daily).to.not.have.property('image');
  });

  it('GitHub releases Atom: the author avatar (media:thumbnail) is not the image; relative links resolved', async () => {
    const feed = await load('github-releases.xml', 'https://github.com/acme/widget/releases.atom');
    expect(feed.language).to.equal('en-US');
    const [release] = feed.items;
    expect(release).to.deep.include({
      title: 'v2.4.0',
      link: 'https://github.com/acme/widget/releases/tag/v2.4.0',
      updated: '2023-10-31T16:44:02.000Z',
      author: 'octo',
    });
    expect(release).to.not.have.property('published');
    expect(release).to.not.have.property('image');
    expect(release.contentHtml).to.contain('<a href="https://github.com/acme/widget/pull/812">#812</a>');
    expect(release.contentHtml).to.contain('<h2>What&#39;s Changed</h2>');
  });

  it("Blogger Atom: the post's own picture beats the 72px media:thumbnail crop; zone offsets", async () => {
    const feed = await load('blogger.xml', 'https://marshnotes.blogspot.com/feeds/posts/default');
    expect(head(feed)).to.deep.equal({
      format: 'atom',
      title: 'Notes from the Marsh',
      link: 'https://marshnotes.blogspot.com/',
      description: 'Birdwatching &amp; long walks.',
      updated: '2023-10-31T04:14:05.117Z',
    });
    const [post] = feed.items;
    expect(post).to.deep.include({
      title: 'A bittern at dawn',
      link: 'https://marshnotes.blogspot.com/2023/10/a-bittern-at-dawn.html',
      categories: ['birds'],
      published: '2023-10-29T15:30:00.000Z',
      updated: '2023-10-31T04:14:05.053Z',
      authors: [{ name: 'Ada Fenwick', url: 'http://www.blogger.com/profile/09876543210987654321' }],
      image: {
        url: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s400/bittern.jpg',
        width: 400,
      },
    });
  });

  it('Blogger Atom without a picture in the post keeps the small media:thumbnail', async () => {
    const text = decodeFeed(await bytes('blogger.xml')).replace(
      /&lt;div class="separator".*?&lt;\/div&gt;/,
      '',
    );
    expect(parseFeed(text).items[0].image).to.deep.equal({
      url: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s72-c/bittern.jpg',
      width: 72,
      height: 72,
    });
  });

  it('Tumblr RSS: the unsized photo of the description, its alt', async () => {
    const [photo, text] = (await load('tumblr.xml', 'https://boatsketches.tumblr.com/rss')).items;
    expect(photo.image).to.deep.equal({
      url: 'https://64.media.tumblr.com/abc123/def456-7a/s540x810/9f8e7d.jpg',
      alt: 'A pencil sketch of a tugboat',
    });
    expect(photo.categories).to.deep.equal(['art', 'sketch', 'boats']);
    expect(photo.published).to.equal('2023-10-31T23:04:33.000Z');
    expect(text.published).to.equal('2023-10-29T19:20:01.000Z');
    expect(text).to.not.have.property('image');
  });

  it('podcast RSS: itunes:image is the episode image, an audio enclosure never is', async () => {
    const feed = await load('podcast.xml', 'https://feeds.podhost.example/harbour-hour');
    expect(feed.image).to.deep.equal({ url: 'https://img.podhost.example/harbour-hour/cover-1400.jpg' });
    expect(feed.description).to.equal('<p>Weekly conversations about the sea.</p>');
    const [ep112, ep111] = feed.items;
    expect(ep112).to.deep.include({
      title: 'Ep. 112: Lighthouse Keepers',
      id: 'a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d',
      link: 'https://harbourhour.example/episodes/112',
      published: '2023-10-31T04:00:00.000Z',
      image: { url: 'https://img.podhost.example/harbour-hour/ep112.jpg' },
    });
    // A non-permalink guid is no link; the mp3 is no image.
    expect(ep111).to.deep.equal({
      title: 'Ep. 111: Fog Horns',
      categories: [],
      id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
      summary: 'A history of the fog horn.',
      published: '2023-10-24T04:00:00.000Z',
    });
  });

  it('Google News RSS: <source>, the escaped list of coverage', async () => {
    const feed = await load('google-news.xml', 'https://news.google.com/rss?hl=en-US&gl=US&ceid=US:en');
    const [story] = feed.items;
    expect(story.source).to.deep.equal({
      title: 'The Coastal Post',
      link: 'https://www.coastalpost.example',
    });
    expect(story.title).to.equal('Harbour reopens after week-long closure - The Coastal Post');
    expect(story.summary).to.match(
      /^<ol><li><a href="https:\/\/news\.google\.com\/rss\/articles\/.*&nbsp;&nbsp;<font/,
    );
    expect(story.published).to.equal('2023-11-01T09:12:00.000Z');
    expect(story).to.not.have.property('image');
  });

  it('Hacker News RSS: no guid, one-digit day, the link is the story', async () => {
    const feed = await load('hacker-news.xml', 'https://news.ycombinator.com/rss');
    expect(feed.items.map((s) => [s.link, s.published])).to.deep.equal([
      ['https://tideclock.example/', '2023-11-01T09:44:17.000Z'],
      ['https://news.ycombinator.com/item?id=38091000', '2023-11-01T08:01:02.000Z'],
    ]);
    expect(feed.items[0]).to.not.have.property('id');
  });

  it('Mastodon RSS: untitled posts, the media:content attachment with its description as alt', async () => {
    const feed = await load('mastodon.xml', 'https://social.example/@ada.rss');
    const [bittern, fog] = feed.items;
    expect(bittern.title).to.equal('');
    expect(bittern.summary).to.match(/^<p>Saw a bittern this morning!/);
    expect(bittern.image).to.deep.equal({
      url: 'https://files.social.example/media_attachments/files/111/329/876/original/0f1e2d3c.jpg',
      alt: 'A brown heron-like bird standing in reeds',
      caption: 'A brown heron-like bird standing in reeds',
    });
    expect(fog.summary).to.equal('<p>Fog&#39;s so thick you can&#39;t see the &amp; sign on the pub.</p>');
    expect(feed.image).to.deep.equal({
      url: 'https://files.social.example/accounts/avatars/109/123/456/original/ab12cd34.png',
    });
  });

  it('JSON Feed 1.1 (micro.blog style): feed authors, image attachments, the <img> of untitled posts', async () => {
    const feed = await load('microblog.json', 'https://ada.micro.example/feed.json');
    expect(head(feed)).to.deep.equal({
      format: 'json',
      title: 'Ada Fenwick',
      link: 'https://ada.micro.example/',
      language: 'en',
      image: { url: 'https://micro.example/ada/avatar.jpg' },
    });
    const [bittern, fog] = feed.items;
    expect(bittern).to.deep.include({
      title: '',
      categories: ['Birds', 'Photos'],
      published: '2023-11-01T08:15:02.000Z',
      updated: '2023-11-01T08:20:00.000Z',
      authors: [{ name: 'Ada Fenwick', url: 'https://ada.micro.example/' }],
      image: { url: 'https://ada.micro.example/uploads/2023/bittern.jpg' },
    });
    expect(bittern.contentHtml).to.contain('src="https://ada.micro.example/uploads/2023/bittern.jpg"');
    expect(fog).to.deep.include({ author: 'Guest Writer', published: '2023-10-30T21:40:00.000Z' });
    expect(fog.summary).to.equal('Fog &amp; pubs');

    // Without attachments, the picture in content_html is the image, as in RSS and Atom.
    const json = JSON.parse(decodeFeed(await bytes('microblog.json')));
    delete json.items[0].attachments;
    expect(parseFeed(JSON.stringify(json)).items[0].image).to.deep.equal({
      url: 'https://ada.micro.example/uploads/2023/bittern.jpg',
      width: 600,
      height: 400,
      alt: 'Bittern in reeds',
    });
  });

  it('Google Alerts Atom: an html title with <b> is plain text, an empty author is none', async () => {
    const [alert] = (await load('google-alerts.xml', 'https://www.google.com/alerts/feeds/0/1')).items;
    expect(alert.title).to.equal('How a tide clock works & why you need one');
    expect(alert.contentHtml).to.equal('A <b>tide clock</b> shows the time until high water <b>...</b>');
    expect(alert.link).to.equal(
      'https://www.google.com/url?rct=j&sa=t&url=https://makers.example/tide-clock&ct=ga&cd=CAIyGjk&usg=AOvVaw1',
    );
    expect(alert).to.not.have.property('author');
  });

  it('RSS 1.0 (Slashdot style): dc:date, items beside the channel, no share icon as the image', async () => {
    const feed = await load('slashdot-rdf.xml', 'https://rss.slashtech.example/Slashdot/slashdotMain');
    expect(head(feed)).to.deep.equal({
      format: 'rdf',
      title: 'SlashTech',
      link: 'https://slashtech.example/',
      description: 'News for nerds, stuff that matters',
      language: 'en-us',
      updated: '2023-11-01T10:44:31.000Z',
      image: { url: 'https://a.fsdn.example/sd/topics/topicslashdot.gif' },
    });
    const [story] = feed.items;
    expect(story).to.deep.include({
      title: 'Tide-Powered Data Centre Goes Online',
      link: 'https://hardware.slashtech.example/story/23/11/01/0312205/tide-powered-data-centre?utm_source=rss1.0mainlinkanon&utm_medium=feed',
      published: '2023-11-01T04:02:00.000Z',
      author: 'msmash',
      categories: ['power'],
    });
    expect(story).to.not.have.property('image');
  });

  it('a UTF-8 BOM and blank lines before the prolog', async () => {
    // Decoded keeping the BOM, as a careless fetch might.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes('bom-blank-lines.xml'));
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const feed = parseFeed(text);
    expect(feed.title).to.equal('Ça bouge à Lyon');
    expect(feed.items[0]).to.deep.equal({
      title: 'Fête des Lumières : le programme dévoilé',
      categories: [],
      id: 'https://lyon-actu.example/?p=991',
      link: 'https://lyon-actu.example/2023/11/fete-des-lumieres',
      summary: 'Quatre soirs, trente installations.',
      published: '2023-11-01T08:00:00.000Z',
    });
  });

  it('windows-1252 bytes: curly quotes, euro sign, accents; EST', async () => {
    const feed = await load('windows-1252.xml', 'http://cafesociety.example/rss.php');
    expect(feed.title).to.equal('Café Society – Notes');
    expect(feed.description).to.equal('“Good coffee, better talk”');
    const [story] = feed.items;
    expect(story.title).to.equal('The barista’s year: €3 flat whites & other tales');
    expect(story.summary).to.equal('<p>Naïve? Perhaps… but the crème brûlée stays.</p>');
    expect(story.author).to.equal('Renée Dupré');
    expect(story.published).to.equal('2023-10-31T19:30:00.000Z');
  });

  it('xml:base and relative links, against a mirror URL', async () => {
    const feed = await load('xml-base.xml', 'https://mirror.example/feeds/atom.xml');
    expect(feed.link).to.equal('https://blog.example/');
    const [entry] = feed.items;
    expect(entry).to.deep.include({
      title: 'Paths & bases',
      link: 'https://blog.example/posts/2023/relative-links.html',
      published: '2023-10-31T22:30:00.000Z',
      updated: '2023-11-01T08:00:00.000Z',
      authors: [{ name: 'Kim', url: 'https://blog.example/about/' }],
      image: {
        url: 'https://blog.example/posts/2023/img/diagram.png',
        width: 640,
        height: 480,
        alt: 'Diagram',
      },
    });
    expect(entry.summary).to.equal(
      '<p>See <a href="https://blog.example/posts/2022/older.html">last year</a>.</p>' +
        '<img src="https://blog.example/posts/2023/img/diagram.png" alt="Diagram" width="640" height="480">',
    );
    expect(entry.contentHtml).to.equal(
      '<p><img src="https://cdn.blog.example/media/photo.jpg" alt="Photo"></p>' +
        '<p><a href="https://cdn.blog.example/contact">Contact</a></p>',
    );
  });
});

describe('real-world article JSON-LD', () => {
  it('Yoast @graph: @id references resolved, the WebPage description as the summary', async () => {
    const story = await ld('ld-yoast.json');
    expect(story).to.deep.equal({
      title: 'Council approves ‘green’ bridge plan – at last',
      link: 'https://riversidegazette.example/2023/10/31/council-approves-green-bridge-plan/',
      id: 'https://riversidegazette.example/2023/10/31/council-approves-green-bridge-plan/#article',
      summary: 'The council voted 7–2 on Tuesday to fund the footbridge.',
      published: '2023-10-31T18:45:12.000Z',
      updated: '2023-11-01T08:02:40.000Z',
      // The author reference carries a name; her URL comes from the Person node it names.
      authors: [{ name: "Maria O'Neill", url: 'https://riversidegazette.example/author/maria/' }],
      author: "Maria O'Neill",
      image: {
        url: 'https://riversidegazette.example/wp-content/uploads/2023/10/bridge.jpg',
        width: 1600,
        height: 1067,
        caption: "An artist's impression of the footbridge",
      },
      section: 'Local News',
      source: { title: 'Riverside Gazette', link: 'https://riversidegazette.example/' },
      categories: ['bridge', 'council'],
    });
  });

  it('NYT style: description (not alternativeHeadline) is the summary; image and author arrays', async () => {
    const story = await ld('ld-nyt.json');
    expect(story).to.deep.equal({
      title: 'In a Mountain Town, an Election Hinges on a Single Road',
      link: 'https://www.metrotimes.example/2023/11/01/world/europe/mountain-town-election.html',
      id: 'https://www.metrotimes.example/2023/11/01/world/europe/mountain-town-election.html',
      summary:
        'Voters in the valley say the pass, closed for half the year, matters more than any national issue.',
      published: '2023-11-01T09:00:27.000Z',
      updated: '2023-11-01T12:14:09.000Z',
      authors: [
        { name: 'Elena Ruiz', url: 'https://www.metrotimes.example/by/elena-ruiz' },
        { name: 'Tomás Berg', url: 'https://www.metrotimes.example/by/tomas-berg' },
      ],
      author: 'Elena Ruiz, Tomás Berg',
      image: {
        url: 'https://static01.metrotimes.example/images/2023/11/01/multimedia/01mountain/01mountain-videoSixteenByNineJumbo1600.jpg',
        width: 1600,
        height: 900,
        caption: 'The road over the pass is closed from November to May.',
        credit: 'Laura Klein for The Metro Times',
      },
      categories: [],
    });
  });

  it('BBC style: a ReportageNewsArticle in an array, the organization as author and source', async () => {
    const story = await ld('ld-bbc.json');
    expect(story).to.deep.equal({
      title: 'Harbour reopens after week-long closure',
      link: 'https://www.broadcaster.example/news/world-europe-67281934',
      id: 'https://www.broadcaster.example/news/world-europe-67281934',
      summary: 'Ferries are running again, but operators warn of delays into the weekend.',
      published: '2023-11-01T09:58:21.000Z',
      updated: '2023-11-01T11:02:00.000Z',
      authors: [{ name: 'Public Broadcaster News' }],
      author: 'Public Broadcaster News',
      image: {
        url: 'https://ichef.broadcaster.example/news/1024/branded_news/1A2B/production/_131590001_harbour.jpg',
        width: 1024,
        height: 576,
      },
      source: { title: 'Public Broadcaster News' },
      categories: [],
    });
  });
});
