/**
 * Feed types. Provisional hand-written shapes of the core fields in DESIGN.md;
 * they are to be derived from the runtime schema (src/feed/schema.ts) so the two
 * can never drift. Keep the exported names: every element imports them.
 */

/** A string in the feed's `defaultLocale`, or texts keyed by BCP 47 tag. */
export type LocalizedText = string | Record<string, string>;

export interface Category {
  id: string;
  name: LocalizedText;
  icon?: string;
  color?: string;
}

export interface Address {
  street?: string;
  postalCode?: string;
  city?: string;
  district?: string;
  country?: string;
}

export interface OpeningHours {
  days: string[];
  opens: string;
  closes: string;
}

export interface Service {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  categories?: string[];
  organization?: { name?: LocalizedText; url?: string };
  languages?: string[];
  cost?: string;
  locations?: { name?: LocalizedText; address?: Address; geo?: { lat: number; lon: number } }[];
  contacts?: { phone?: string; email?: string; url?: string };
  hours?: OpeningHours[];
  keywords?: Record<string, string[]> | string[];
  eligibility?: LocalizedText;
  howToApply?: LocalizedText;
  updated?: string;
}

export interface CivicEvent {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  start: string;
  end?: string;
  timeZone?: string;
  location?: { name?: LocalizedText; address?: Address; geo?: { lat: number; lon: number } };
  online?: { url?: string };
  categories?: string[];
  languages?: string[];
  cost?: string;
  registration?: { url?: string; deadline?: string };
  status?: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
  organizer?: { name?: LocalizedText; url?: string };
  accessibility?: LocalizedText;
}

export interface PartnerCall {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  programme?: string;
  objectives?: LocalizedText[];
  partnersSought?: LocalizedText;
  deadline: string;
  timeZone?: string;
  durationMonths?: number;
  budget?: { amount: number; currency: string };
  coordinator?: { name?: LocalizedText; country?: string };
  contact?: { name?: string; email?: string; phone?: string };
  topics?: string[];
  url?: string;
}

export interface Feed {
  version: 1;
  publisher?: { name?: LocalizedText; url?: string };
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  categories: Category[];
  services: Service[];
  events: CivicEvent[];
  calls: PartnerCall[];
}
