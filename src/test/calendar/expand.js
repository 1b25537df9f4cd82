// Reads an .ics file with Mozilla's ical.js (the parser inside Thunderbird) and prints, as JSON, the calendar's
// properties and every event with its occurrences in a window, the way a client would show them in the time zone
// of this process (run it with TZ=Europe/Moscow, TZ=Asia/Vladivostok, ...).
//
//   node expand.js FILE.ics FROM TO      (FROM and TO are dates, e.g. 2022-01-01 2022-12-31)
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const [file, from, to] = process.argv.slice(2);
// RFC 5545 makes TEXT the default type of X- properties, so their commas arrive escaped (\,); ical.js keeps an
// unknown property's value raw unless told its type, as calendar clients do for these two
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-caldesc'] = { defaultType: 'text' };
const text = readFileSync(file, 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));

for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}

const pad = (n) => String(n).padStart(2, '0');
// what a client in this process's zone shows: a date for all-day values, a local date-time otherwise
const local = (time) => {
  const d = time.toJSDate();
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return time.isDate ? day : `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const windowStart = ICAL.Time.fromDateString(from);
const windowEnd = ICAL.Time.fromDateString(to);
windowEnd.adjust(1, 0, 0, 0);

const masters = new Map();
const exceptions = [];
for (const vevent of calendar.getAllSubcomponents('vevent')) {
  if (vevent.hasProperty('recurrence-id')) {
    exceptions.push(vevent);
  } else {
    masters.set(vevent.getFirstPropertyValue('uid'), new ICAL.Event(vevent, { strictExceptions: true }));
  }
}
for (const exception of exceptions) {
  const master = masters.get(exception.getFirstPropertyValue('uid'));
  if (!master) {
    throw new Error('override without a master: ' + exception.getFirstPropertyValue('uid'));
  }
  master.relateException(exception);
}

const events = [];
for (const [uid, event] of masters) {
  const occurrences = [];
  const iterator = event.iterator();
  let next;
  let guard = 0;
  while ((next = iterator.next()) && guard++ < 10000) {
    const details = event.getOccurrenceDetails(next);
    if (details.startDate.compare(windowEnd) >= 0) {
      break;
    }
    if (details.endDate.compare(windowStart) <= 0) {
      continue;
    }
    occurrences.push({
      start: local(details.startDate),
      end: local(details.endDate),
      utcStart: details.startDate.isDate ? null : details.startDate.toJSDate().toISOString(),
      summary: details.item.summary,
    });
    if (!event.isRecurring()) {
      break;
    }
  }
  const component = event.component;
  events.push({
    uid,
    summary: event.summary,
    description: event.description,
    sequence: event.sequence,
    allDay: event.startDate.isDate,
    start: local(event.startDate),
    end: local(event.endDate),
    rrule: component.hasProperty('rrule') ? component.getFirstProperty('rrule').toICALString() : null,
    categories: component.getAllProperties('categories').flatMap((p) => p.getValues()),
    transparent: component.getFirstPropertyValue('transp') === 'TRANSPARENT',
    alarms: component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()),
    overrides: exceptions.filter((e) => e.getFirstPropertyValue('uid') === uid).length,
    occurrences,
  });
}

const property = (name) => calendar.getFirstPropertyValue(name);
console.log(JSON.stringify({
  name: property('x-wr-calname'),
  description: property('x-wr-caldesc'),
  refreshInterval: property('refresh-interval') ? property('refresh-interval').toString() : null,
  publishedTtl: property('x-published-ttl'),
  timezones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
  events,
}));
