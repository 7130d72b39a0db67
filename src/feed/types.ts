/**
 * Feed types, inferred from the one definition of the format in `schema.ts`, so the types, the
 * runtime validation and `schema/feed.schema.json` can never drift. Keep the exported names:
 * every element imports them.
 */
import type * as v from 'valibot';
import type {
  AddressSchema,
  CallSchema,
  CategorySchema,
  ClosureSchema,
  EventSchema,
  FeedOutput,
  LocalizedTextSchema,
  LocationSchema,
  OpeningHoursSchema,
  PublisherSchema,
  ServiceSchema,
} from './schema.js';

/** A string in the feed's `defaultLocale`, or texts keyed by BCP 47 tag. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Address = v.InferOutput<typeof AddressSchema>;
export type Location = v.InferOutput<typeof LocationSchema>;
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type CivicEvent = v.InferOutput<typeof EventSchema>;
export type EventStatus = NonNullable<CivicEvent['status']>;
export type PartnerCall = v.InferOutput<typeof CallSchema>;
/** Who publishes a feed, or whose an item is in a network's merged feed. */
export type Publisher = v.InferOutput<typeof PublisherSchema>;
/** Days a service is closed or keeps other hours (holidays). */
export type Closure = v.InferOutput<typeof ClosureSchema>;
export type ServiceStatus = NonNullable<Service['status']>;
export type AttendanceMode = NonNullable<CivicEvent['attendanceMode']>;
export type Feed = FeedOutput;

/** A problem with one item or field of a feed; the item (or the rest of it) is still shown. */
export interface FeedWarning {
  /** Feed URL, or `inline:…` for an inline feed, or the file name in the CLI. */
  src: string;
  /** Id of the item concerned, when it has one. */
  id?: string;
  /** Where the bad value is, e.g. `services[3].contacts.url`. */
  path: string;
  /** What is wrong, in English, for the web team. */
  message: string;
  /** `path` as keys and indexes (the CLI maps it to a line and column). */
  at?: (string | number)[];
}
