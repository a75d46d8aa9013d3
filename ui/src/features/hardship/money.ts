// Amounts typed in euros as exact whole cents, by splitting the text: never through a floating
// point number ('0,29' is 29 cents, not 28.999…).
import { text } from '../../kit/forms';

/** The most euro digits before the decimal separator (the API's bound is 9·10¹² cents). */
const MAX_DIGITS = 13;

/** '1.234.567' → '1234567' when the dots group the thousands; undefined when they do not. */
function withoutThousands(part: string): string | undefined {
  if (/^\d+$/.test(part)) return part;
  if (/^\d{1,3}(\.\d{3})+$/.test(part)) return part.split('.').join('');
  return undefined;
}

/**
 * An amount in euros as cents: '1.234,56', '1234,56', '1234.56', '€ 80', '80' → 123456, 123456,
 * 123456, 8000, 8000. Text that is no amount is passed on unchanged, so the server names the field
 * in its refusal; an empty field is left out (undefined).
 */
export function euroCents(value: string | boolean | string[] | undefined): number | string | undefined {
  const typed = text(value);
  if (typed === undefined) return undefined;
  const s = typed.replace(/[€\s\u00a0]/g, '');
  let whole: string | undefined;
  let fraction = '';
  const comma = s.lastIndexOf(',');
  if (comma >= 0) {
    // Dutch: the comma separates the cents, dots group the thousands
    whole = withoutThousands(s.slice(0, comma));
    fraction = s.slice(comma + 1);
    if (!/^\d{1,2}$/.test(fraction)) return typed;
  } else {
    const dot = s.lastIndexOf('.');
    if (dot >= 0 && s.indexOf('.') === dot && s.length - dot - 1 <= 2 && s.length - dot - 1 >= 1) {
      // one dot with one or two digits after it: a decimal point (1234.5, 1234.56)
      whole = s.slice(0, dot);
      fraction = s.slice(dot + 1);
    } else {
      whole = withoutThousands(s);
    }
  }
  if (whole === undefined || !/^\d+$/.test(whole) || whole.length > MAX_DIGITS || !/^\d{0,2}$/.test(fraction)) {
    return typed;
  }
  // whole numbers only: euros × 100 + cents, each parsed from its own digits
  return parseInt(whole, 10) * 100 + parseInt((fraction + '00').slice(0, 2), 10);
}

/** Cents as a person types them back into a field: 123456 → '1234,56'. */
export function centsAsText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
