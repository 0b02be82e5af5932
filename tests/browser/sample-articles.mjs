// Two small articles in the scraped-text format, shared by the browser tests
// that need a couple of sources and dates (reader, accessibility).
export const TRAMS = {
  name: 'trams.txt',
  bytes: 'Trams return to the old town\n\nhttps://news.example/trams\n\nPublish Date: 2025-05-10 08:00:00\n\n' +
    'Source Domain: news.example\n\nThe tram line reopened. Trams run every ten minutes.\n\n' +
    'More trams are planned for 2026, and the tram depot grows.\n',
};
export const BUSES = {
  name: 'buses.txt',
  bytes: 'Night buses extended\n\nhttps://other.example/buses\n\nPublish Date: 2025-05-12 08:00:00\n\n' +
    'Source Domain: other.example\n\nNight buses now run until 3 a.m.\n',
};
