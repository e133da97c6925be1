import { expect, fixture, html } from '@open-wc/testing';
import { readText, storyDate } from '../../../src/feed/dates.js';
import { loadDateReader, readDate } from '../../../src/components/story-date/read-date.js';
import '../../../src/components/story-date/define.js';
import type { StoryDateElement } from '../../../src/components/story-date/story-date.js';

// Dates in plain ISO 8601 and around its edges: impossible days, 24:00, leap seconds, offsets out of range,
// years pushed out of 0000–9999 by their offset, fractions beyond milliseconds, lowercase, a space for T.
function* isoLike(): Generator<string> {
  for (const year of ['0000', '0099', '1969', '2024', '9999'])
    for (const month of ['00', '01', '02', '12', '13'])
      for (const day of ['00', '01', '29', '30', '31', '32'])
        for (const time of ['', 'T00:00', 'T23:59:59', 'T24:00', 't09:00:60', ' 09:00:00.1234567', 'T9:00'])
          for (const zone of ['', 'Z', 'z', '+05:30', '-0800', '+14:00', '+15:00', '-00:00', '+05:60', '+01'])
            yield `${year}-${month}-${day}${time}${time ? zone : zone === 'Z' ? 'Z' : ''}`;
}

describe('readDate (<story-date>’s reading of datetime)', () => {
  // First, before anything on this page has loaded the full reader.
  it('reads plain ISO 8601 at once, without loading parseDate, to the same instant', () => {
    expect(readDate('2023-10-31T09:00:00Z')).to.equal('2023-10-31T09:00:00.000Z');
    // (A date alone is a calendar date, as the model keeps it.)
    expect(readDate('  2023-10-31  ')).to.equal('2023-10-31');
    expect(readDate('2023-10-31T09:00:00.123456+05:30')).to.equal('2023-10-31T03:30:00.123Z');
    expect(readDate('')).to.equal(null);
    // The rest waits for parseDate.
    expect(readDate('Tue, 31 Oct 2023 09:00:00 GMT')).to.equal(undefined);
    expect(readDate('2023-02-29')).to.equal(undefined); // impossible: parseDate decides (null)
    let answered = 0;
    for (const text of isoLike()) {
      const quick = readDate(text);
      if (quick === undefined) continue;
      answered++;
      // The same instant as parseDate's general reader (parseDate itself takes the same shortcut), and the same date
      // as the model keeps it.
      expect(quick && new Date(quick).toISOString(), text).to.equal(readText(text.trim()));
      expect(quick, text).to.equal(storyDate(text));
    }
    // Most of them are answered without the reader (the others wait for it: see below).
    expect(answered).to.be.greaterThan(1000);
  });

  it('<story-date> shows its slot until the reader has loaded, then the date; `await updateComplete` waits', async () => {
    const el = await fixture<StoryDateElement>(html`<div></div>`).then((div) => {
      const date = document.createElement('story-date');
      Object.assign(date, { datetime: 'Tue, 31 Oct 2023 09:00:00 GMT', format: 'date', locale: 'en-US' });
      date.timeZone = 'UTC';
      date.textContent = '31 Oct';
      div.append(date);
      return date;
    });
    // Nothing on this page has loaded the reader yet.
    expect(el.date).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2023-10-31T09:00:00.000Z',
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('October 31, 2023');
    expect(el.date!.toISOString()).to.equal('2023-10-31T09:00:00.000Z');
  });

  it('leaves every other form to parseDate, once loaded', async () => {
    expect(await loadDateReader()).to.have.property('parseDate');
    expect(readDate('Tue, 31 Oct 2023 09:00:00 GMT')).to.equal('2023-10-31T09:00:00.000Z');
    expect(readDate('2023-02-29')).to.equal(null);
    for (const text of isoLike()) expect(readDate(text), text).to.equal(storyDate(text) ?? null);
  });
});
