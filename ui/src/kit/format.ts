// Dates, amounts and counts as a Dutch reader expects them.

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** '2026-03-05' → '5 maart 2026'; empty for none. */
export function date(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(iso + 'T12:00:00Z') : new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** An instant → '5 maart 2026 om 14:03'. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d).replace(',', ' om');
}

/** Cents → '€ 1.234,50'. */
export function euros(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return EURO.format(cents / 100);
}

/** Working days left → 'nog 5 werkdagen', 'vandaag', '3 werkdagen te laat'. */
export function workingDaysLeft(days: number | null | undefined): string {
  if (days === null || days === undefined) return '';
  if (days === 0) return 'vandaag';
  const n = Math.abs(days);
  const unit = n === 1 ? 'werkdag' : 'werkdagen';
  return days > 0 ? `nog ${n} ${unit}` : `${n} ${unit} te laat`;
}

/** Today in Amsterdam as yyyy-mm-dd (the default of a date field). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
