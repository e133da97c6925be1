import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/story-date/define.js';
import type { StoryDateElement } from '../../../src/components/story-date/story-date.js';
import { tickerState } from '../../../src/components/story-date/ticker.js';
import { loadPatternFormatter } from '../../../src/components/story-date/format.js';

const NOW = new Date('2026-11-28T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The visible text of the element (the screen-reader-only copy excluded). */
function visible(el: StoryDateElement): string {
  const time = el.shadowRoot!.querySelector('time');
  if (!time) return '';
  return (time.querySelector('span:not(.visually-hidden)')?.textContent ?? time.textContent ?? '').trim();
}
const time = (el: StoryDateElement) => el.shadowRoot!.querySelector('time');

describe('<story-date>', () => {
  let clock: sinon.SinonFakeTimers;
  // The pattern formatter's TZDateMini extends the Date of the moment its module runs: it must not be loaded
  // under fake timers, whose Date it would extend for good.
  before(() => loadPatternFormatter());
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  it('runs the tests in a non-UTC time zone', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).to.not.equal(0);
  });

  describe('absolute formats', () => {
    it('renders a <time part="time"> with an ISO datetime', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31T14:30:00Z"
          format="date"
          locale="en-US"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(time(el)).to.exist;
      expect(time(el)!.getAttribute('part')).to.equal('time');
      expect(time(el)!.getAttribute('datetime')).to.equal('2023-10-31T14:30:00.000Z');
      expect(visible(el)).to.equal('October 31, 2023');
    });

    it('format="datetime" shows date and time in the given zone', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31T15:30:00Z"
          format="datetime"
          locale="en-US"
          time-zone="Asia/Tokyo"
        ></story-date>`,
      );
      expect(visible(el)).to.match(/Nov 1, 2023.*12:30\sAM/);
    });

    it('format="time" shows only the time', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31T14:30:00Z"
          format="time"
          locale="en-US"
          time-zone="Europe/Paris"
        ></story-date>`,
      );
      expect(visible(el)).to.match(/^3:30\sPM$/);
    });

    it('auto shows an absolute date beyond the threshold', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-01T12:00:00Z" locale="en-US" time-zone="UTC"></story-date>`,
      );
      expect(visible(el)).to.equal('November 1, 2026');
    });

    it('uses the reader time zone when none is given (the test zone is New York)', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-11-01T02:00:00Z" format="date" locale="en-US"></story-date>`,
      );
      expect(visible(el)).to.equal('October 31, 2023');
    });

    it('reads RFC 822 dates through parseDate', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="Tue, 31 Oct 2023 14:30:00 +0100"
          format="datetime"
          locale="en-GB"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(time(el)!.getAttribute('datetime')).to.equal('2023-10-31T13:30:00.000Z');
    });
  });

  describe('calendar dates (date-only values)', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Auckland', 'UTC', 'Asia/Kolkata']) {
      it(`shows 2023-10-31 as October 31 in ${zone}`, async () => {
        const el = await fixture<StoryDateElement>(
          html`<story-date
            datetime="2023-10-31"
            format="date"
            locale="en-US"
            time-zone=${zone}
          ></story-date>`,
        );
        expect(visible(el)).to.equal('October 31, 2023');
        expect(time(el)!.getAttribute('datetime')).to.equal('2023-10-31');
      });
    }

    it('a date written in another language is a calendar date too', async () => {
      for (const datetime of [
        '1 ноября 2023',
        '1. November 2023',
        'mer., 1 nov. 2023',
        '1 de noviembre de 2023',
      ]) {
        const el = await fixture<StoryDateElement>(
          html`<story-date
            datetime=${datetime}
            format="date"
            locale="en-US"
            time-zone="America/Los_Angeles"
          ></story-date>`,
        );
        expect(visible(el)).to.equal('November 1, 2023');
        expect(time(el)!.getAttribute('datetime')).to.equal('2023-11-01');
      }
    });

    it('a date with a zone but no time, or a time glued to its zone, is an instant, not a calendar date', async () => {
      for (const [datetime, machine] of [
        ['Tue, 31 Oct 2023 +0100', '2023-10-30T23:00:00.000Z'],
        ['Oct 31, 2023 9pmEST', '2023-11-01T02:00:00.000Z'],
      ]) {
        const el = await fixture<StoryDateElement>(
          html`<story-date datetime=${datetime} format="date" locale="en-US" time-zone="UTC"></story-date>`,
        );
        expect(time(el)!.getAttribute('datetime')).to.equal(machine);
      }
    });

    it('pattern reads "Tuesday, October 31, 2023" in Los Angeles and Auckland', async () => {
      for (const zone of ['America/Los_Angeles', 'Pacific/Auckland']) {
        const el = await fixture<StoryDateElement>(
          html`<story-date
            datetime="2023-10-31"
            pattern="EEEE, MMMM d, yyyy"
            locale="en"
            time-zone=${zone}
          ></story-date>`,
        );
        expect(visible(el)).to.equal('Tuesday, October 31, 2023');
      }
    });

    it('relative calendar dates count whole days', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-27" format="relative" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('yesterday');
    });
  });

  describe('upgrade', () => {
    it('keeps a date property set before the element was defined (created in a template)', async () => {
      const template = document.createElement('template');
      template.innerHTML = '<story-date format="date" locale="en-US" time-zone="UTC"></story-date>';
      const early = template.content.firstElementChild as StoryDateElement;
      early.date = new Date('2023-10-31T09:00:00Z');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const adopted = document.adoptNode(early);
      wrapper.append(adopted);
      await adopted.updateComplete;
      expect(adopted.datetime).to.equal('2023-10-31T09:00:00.000Z');
      expect(visible(adopted)).to.equal('October 31, 2023');
    });
  });

  describe('pattern', () => {
    it('formats a date-fns pattern in English', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="EEEE, MMMM d, yyyy"></story-date>`,
      );
      expect(visible(el)).to.equal('Tuesday, October 31, 2023');
    });

    it('localizes words from Intl without a date-fns locale file', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="EEEE d MMMM yyyy" locale="fr"></story-date>`,
      );
      expect(visible(el)).to.equal('mardi 31 octobre 2023');
    });

    it('localizes German abbreviated months and weekdays', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="EEE, d. MMM yyyy" locale="de"></story-date>`,
      );
      expect(visible(el)).to.match(/^Di\.?, 31\. Okt\.? 2023$/);
    });

    it('applies the time zone to patterns with a time', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31T23:30:00Z"
          pattern="yyyy-MM-dd HH:mm"
          time-zone="Asia/Tokyo"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('2023-11-01 08:30');
    });

    it("prints the offset of its time zone, not the reader's, for zone tokens", async () => {
      // The suite runs in New York (-04:00 on that day); Kolkata is +05:30 and Paris +01:00 in winter.
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31T23:30:00Z"
          pattern="yyyy-MM-dd HH:mm xxx"
          time-zone="Asia/Kolkata"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('2023-11-01 05:00 +05:30');
      el.setAttribute('time-zone', 'Europe/Paris');
      el.setAttribute('pattern', "HH:mm O 'in' MMMM");
      await el.updateComplete;
      expect(visible(el)).to.equal('00:30 GMT+1 in November');
    });

    it("keeps its zone's wall clock across the reader's daylight saving gap", async () => {
      // 02:30 on March 10, 2024 never happened in New York (where the suite runs), but it did in UTC and Paris.
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2024-03-10T02:30:00Z"
          pattern="yyyy-MM-dd HH:mm xxx"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('2024-03-10 02:30 +00:00');
      el.datetime = '2024-03-10T01:30:00Z';
      el.timeZone = 'Europe/Paris';
      await el.updateComplete;
      expect(visible(el)).to.equal('2024-03-10 02:30 +01:00');
    });

    it('names months in the Gregorian calendar and with their word in every language', async () => {
      const cases: [string, string, string][] = [
        ['fa', 'd MMMM yyyy', '۳۱ اکتبر ۲۰۲۳'], // Persian's own calendar is not date-fns's; its digits are
        ['en-u-ca-islamic', 'd MMMM yyyy', '31 October 2023'],
        ['ja', 'yyyy年MMMMd日', '2023年10月31日'],
        ['zh-TW', 'MMMM', '10月'],
        ['fr', 'G yyyy', 'ap. J.-C. 2023'],
        ['en', 'QQQ yyyy', 'Q4 2023'],
        ['lt', 'MMM', '10'], // Intl's numeric month, without the `-` after it
      ];
      for (const [locale, pattern, expected] of cases) {
        const el = await fixture<StoryDateElement>(
          html`<story-date datetime="2023-10-31" pattern=${pattern} locale=${locale}></story-date>`,
        );
        expect(visible(el), locale).to.equal(expected);
      }
    });

    it('writes noon, afternoon and evening periods (b, B) as PM, and ppp without a dangling space', async () => {
      for (const [datetime, pattern, expected] of [
        ['2026-11-28T12:00:00Z', 'h:mm b', '12:00 PM'],
        ['2026-11-28T14:30:00Z', 'h:mm B', '2:30 PM'],
        ['2026-11-28T19:30:00Z', 'h:mm B', '7:30 PM'],
        ['2026-11-28T09:30:00Z', 'h:mm B', '9:30 AM'],
        ['2026-11-28T14:30:00Z', 'ppp', '2:30:00 PM'],
      ]) {
        const el = await fixture<StoryDateElement>(
          html`<story-date
            datetime=${datetime}
            pattern=${pattern}
            locale="en-US"
            time-zone="UTC"
          ></story-date>`,
        );
        expect(visible(el), pattern).to.equal(expected);
      }
    });

    it('writes the locale’s own digits, as its other dates do', async () => {
      const hanidec = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="yyyy" locale="zh-u-nu-hanidec"></story-date>`,
      );
      // (Digits that are not consecutive characters.)
      expect(visible(hanidec)).to.equal(
        new Intl.NumberFormat('zh-u-nu-hanidec', { useGrouping: false }).format(2023),
      );
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="d MMMM yyyy" locale="ar-EG"></story-date>`,
      );
      const intl = new Intl.DateTimeFormat('ar-EG', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(visible(el)).to.equal(intl.format(new Date('2023-10-31T00:00:00Z')));
    });

    it('wins over format', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2026-11-28T11:00:00Z"
          format="relative"
          pattern="yyyy"
          locale="en"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('2026');
    });

    it('falls back to the format when the pattern is invalid', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31"
          pattern="yyyy-MM-dd jjj"
          format="date"
          locale="en-US"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('October 31, 2023');
    });
  });

  describe('relative formats', () => {
    it('auto shows "3 hours ago" within the threshold', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T09:00:00Z" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('3 hours ago');
    });

    it('is localized ("il y a 3 heures")', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T09:00:00Z" locale="fr"></story-date>`,
      );
      expect(visible(el)).to.equal('il y a 3 heures');
    });

    it('counts days as calendar days in the reader’s zone ("2 days ago" at noon for 11 PM two days before)', async () => {
      for (const [zone, datetime, expected] of [
        ['UTC', '2026-11-26T23:00:00Z', '2 days ago'],
        ['UTC', '2026-11-27T11:00:00Z', 'yesterday'],
        // Kiritimati is UTC+14: now is November 29, 2 AM there.
        ['Pacific/Kiritimati', '2026-11-27T11:00:00Z', 'yesterday'],
        ['Pacific/Kiritimati', '2026-11-26T23:00:00Z', '2 days ago'],
      ]) {
        const el = await fixture<StoryDateElement>(
          html`<story-date
            datetime=${datetime}
            format="relative"
            locale="en"
            time-zone=${zone}
          ></story-date>`,
        );
        expect(visible(el), `${datetime} in ${zone}`).to.equal(expected);
      }
    });

    it('says "1 year ago" from 360 days, not "12 months ago"', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2025-12-02T12:00:00Z" format="relative" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('1 year ago');
    });

    it('measures a calendar date’s distance in whole days of the reader’s zone against the threshold', async () => {
      const today = (zone: string) =>
        fixture<StoryDateElement>(
          html`<story-date
            datetime="2026-11-28"
            threshold="PT12H"
            locale="en"
            time-zone=${zone}
          ></story-date>`,
        );
      // Today is today all day, wherever it is still November 28.
      expect(visible(await today('UTC'))).to.equal('today');
      expect(visible(await today('Pacific/Honolulu'))).to.equal('today');
      // In Kiritimati it is November 29 already: a day away is beyond 12 hours.
      expect(visible(await today('Pacific/Kiritimati'))).to.equal('November 28, 2026');
    });

    it('shows future dates ("in 2 days")', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-30T12:00:00Z" format="relative" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('in 2 days');
    });

    it('threshold="PT1H" makes a 3-hour-old date absolute', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2026-11-28T09:00:00Z"
          threshold="PT1H"
          locale="en-US"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('November 28, 2026');
    });

    it('an invalid threshold falls back to P7D', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-25T12:00:00Z" threshold="soon" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('3 days ago');
    });

    it('format="relative" stays relative beyond the threshold', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2025-11-28T12:00:00Z" format="relative" locale="en"></story-date>`,
      );
      // (Years, months and weeks are counted, not named: "last year" would be wrong 700 days ago.)
      expect(visible(el)).to.equal('1 year ago');
    });

    it('an unknown format falls back to auto', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T11:55:00Z" format="sideways" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('5 minutes ago');
    });

    it('gives assistive technology the full absolute date without relying on title', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T09:00:00Z" locale="en-US" time-zone="UTC"></story-date>`,
      );
      const hidden = el.shadowRoot!.querySelector('.visually-hidden');
      expect(hidden?.textContent).to.contain('Saturday, November 28, 2026');
      expect(hidden?.textContent).to.contain('3 hours ago');
      expect(time(el)!.getAttribute('title')).to.contain('November 28, 2026');
      clock.restore(); // axe schedules its own timers
      await expect(el).to.be.accessible();
    });
  });

  describe('locale and time zone inheritance', () => {
    it('inherits lang from the nearest ancestor', async () => {
      const wrap = await fixture(
        html`<div lang="de">
          <p><story-date datetime="2026-11-28T09:00:00Z"></story-date></p>
        </div>`,
      );
      expect(visible(wrap.querySelector('story-date')!)).to.equal('vor 3 Stunden');
    });

    it('inherits time-zone from the nearest ancestor', async () => {
      const wrap = await fixture(
        html`<section time-zone="Asia/Tokyo">
          <story-date datetime="2023-10-31T23:30:00Z" pattern="HH:mm"></story-date>
        </section>`,
      );
      expect(visible(wrap.querySelector('story-date')!)).to.equal('08:30');
    });

    it('its own locale and time-zone win over ancestors', async () => {
      const wrap = await fixture(
        html`<section lang="de" time-zone="Asia/Tokyo">
          <story-date
            datetime="2023-10-31T23:30:00Z"
            pattern="HH:mm EEEE"
            locale="en"
            time-zone="UTC"
          ></story-date>
        </section>`,
      );
      expect(visible(wrap.querySelector('story-date')!)).to.equal('23:30 Tuesday');
    });

    it('ignores an unknown time zone and a malformed locale instead of throwing', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2023-10-31"
          format="date"
          locale="!!"
          time-zone="Mars/Olympus"
        ></story-date>`,
      );
      expect(visible(el)).to.match(/2023/);
    });
  });

  describe('fallback', () => {
    for (const value of ['', 'not a date', '2023-02-30', '2023-10-31T25:00:00Z']) {
      it(`shows the light-DOM fallback for ${JSON.stringify(value)}`, async () => {
        const el = await fixture<StoryDateElement>(
          html`<story-date datetime=${value}>Last Tuesday</story-date>`,
        );
        expect(el.shadowRoot!.innerHTML).to.not.contain('<time');
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        expect(el.shadowRoot!.textContent).to.not.contain('Invalid');
        expect(el.textContent).to.equal('Last Tuesday');
      });
    }

    it('re-renders when datetime changes, in both directions', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date format="date" locale="en-US" time-zone="UTC">fallback</story-date>`,
      );
      expect(el.shadowRoot!.innerHTML).to.not.contain('<time');
      el.setAttribute('datetime', '2023-10-31');
      await el.updateComplete;
      expect(visible(el)).to.equal('October 31, 2023');
      el.setAttribute('datetime', 'garbage');
      await el.updateComplete;
      expect(el.shadowRoot!.innerHTML).to.not.contain('<time');
    });

    it('re-renders when locale, format and pattern change', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" format="date" locale="en-US"></story-date>`,
      );
      el.setAttribute('locale', 'fr');
      await el.updateComplete;
      expect(visible(el)).to.equal('31 octobre 2023');
      el.setAttribute('pattern', 'yyyy');
      await el.updateComplete;
      expect(visible(el)).to.equal('2023');
    });
  });

  describe('date property', () => {
    it('takes a Date and reflects it to datetime', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date format="date" locale="en-US" time-zone="UTC"></story-date>`,
      );
      el.date = new Date('2024-02-29T10:00:00Z');
      await el.updateComplete;
      expect(el.getAttribute('datetime')).to.equal('2024-02-29T10:00:00.000Z');
      expect(visible(el)).to.equal('February 29, 2024');
      expect(el.date?.toISOString()).to.equal('2024-02-29T10:00:00.000Z');
    });

    it('an invalid Date clears the date', async () => {
      const el = await fixture<StoryDateElement>(html`<story-date datetime="2023-10-31">x</story-date>`);
      el.date = new Date('nope');
      await el.updateComplete;
      expect(el.date).to.equal(null);
      expect(el.shadowRoot!.innerHTML).to.not.contain('<time');
    });
  });

  describe('the shared timer', () => {
    it('updates "5 minutes ago" every minute', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T11:55:00Z" locale="en"></story-date>`,
      );
      expect(visible(el)).to.equal('5 minutes ago');
      await clock.tickAsync(MINUTE);
      await el.updateComplete;
      expect(visible(el)).to.equal('6 minutes ago');
      await clock.tickAsync(MINUTE);
      await el.updateComplete;
      expect(visible(el)).to.equal('7 minutes ago');
    });

    it('updates "3 hours ago" hourly, not every minute', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T09:00:00Z" locale="en"></story-date>`,
      );
      const renders = sinon.spy(el, 'tick');
      await clock.tickAsync(59 * MINUTE);
      expect(renders.callCount).to.be.at.most(1);
      await clock.tickAsync(HOUR);
      await el.updateComplete;
      expect(visible(el)).to.equal('4 hours ago');
      expect(renders.callCount).to.be.at.most(2);
    });

    it('runs one timer for many dates', async () => {
      const setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
      const wrap = await fixture(
        html`<div lang="en">
          ${Array.from({ length: 20 }, () => html`<story-date datetime="2026-11-28T11:55:00Z"></story-date>`)}
        </div>`,
      );
      setTimeoutSpy.resetHistory();
      await clock.tickAsync(MINUTE);
      // One wake-up re-renders all twenty and schedules the next single wake-up.
      expect(setTimeoutSpy.callCount).to.equal(1);
      expect(tickerState().subscribers).to.equal(20);
      for (const d of wrap.querySelectorAll('story-date')) expect(visible(d)).to.equal('6 minutes ago');
      setTimeoutSpy.restore();
    });

    it('runs no timer when no relative date is on the page', async () => {
      await fixture(html`<story-date datetime="2023-10-31" format="date"></story-date>`);
      expect(tickerState()).to.deep.equal({ subscribers: 0, timerPending: false });
    });

    it('stops the timer when the last relative date is removed', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T11:55:00Z"></story-date>`,
      );
      expect(tickerState().timerPending).to.equal(true);
      el.remove();
      expect(tickerState()).to.deep.equal({ subscribers: 0, timerPending: false });
    });

    it('stops the timer when a date switches to an absolute format', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T11:55:00Z"></story-date>`,
      );
      el.format = 'date';
      await el.updateComplete;
      expect(tickerState().timerPending).to.equal(false);
    });

    it('pauses while the page is hidden and catches up when visible', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2026-11-28T11:55:00Z" locale="en"></story-date>`,
      );
      const state = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(tickerState().timerPending).to.equal(false);
      const ticks = sinon.spy(el, 'tick');
      await clock.tickAsync(10 * MINUTE);
      expect(ticks.callCount).to.equal(0);
      state.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(visible(el)).to.equal('15 minutes ago');
      expect(tickerState().timerPending).to.equal(true);
      state.restore();
    });

    it('switches from relative to absolute when the date leaves the threshold', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2026-11-28T10:00:00Z"
          threshold="PT2H30M"
          locale="en-US"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('2 hours ago');
      await clock.tickAsync(31 * MINUTE);
      await el.updateComplete;
      expect(visible(el)).to.equal('November 28, 2026');
      expect(tickerState().timerPending).to.equal(false);
    });

    it('switches from absolute to relative when a future date enters the threshold', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2026-11-28T15:00:00Z"
          threshold="PT2H"
          locale="en-US"
          time-zone="UTC"
        ></story-date>`,
      );
      expect(visible(el)).to.equal('November 28, 2026');
      expect(tickerState().timerPending).to.equal(true);
      await clock.tickAsync(61 * MINUTE);
      await el.updateComplete;
      expect(visible(el)).to.equal('in 1 hour');
    });
  });
});
