/**
 * Units that name one quantity in several ways, put on one scale before figures are compared: "96 ng" and
 * "96 nanograms", "three days" and "72 hours". Only for corroboration: the report keeps each figure as written.
 * Months and years are left alone: "12 months" is as often a period as a duration.
 */
import type { Figure } from '../types.js';
import { table } from '../text/table.js';

/** unit → [canonical unit, factor to it] */
const SCALE: Readonly<Record<string, readonly [string, number]>> = table({
  second: ['hour', 1 / 3600], sec: ['hour', 1 / 3600], minute: ['hour', 1 / 60], min: ['hour', 1 / 60],
  hour: ['hour', 1], hr: ['hour', 1], day: ['hour', 24], week: ['hour', 168],
  // metric masses and lengths on one scale each: "1.5km" and "1,500 metres", "2,000kg" and "two tonnes"
  ng: ['gram', 1e-9], nanogram: ['gram', 1e-9], mcg: ['gram', 1e-6], µg: ['gram', 1e-6], microgram: ['gram', 1e-6],
  mg: ['gram', 1e-3], milligram: ['gram', 1e-3], g: ['gram', 1], gram: ['gram', 1], kg: ['gram', 1e3], kilogram: ['gram', 1e3],
  tonne: ['gram', 1e6], t: ['gram', 1e6],
  km: ['metre', 1e3], kilometre: ['metre', 1e3], kilometer: ['metre', 1e3],
  cm: ['metre', 1e-2], centimetre: ['metre', 1e-2], centimeter: ['metre', 1e-2],
  mm: ['metre', 1e-3], millimetre: ['metre', 1e-3], millimeter: ['metre', 1e-3],
  metre: ['metre', 1], meter: ['metre', 1], m: ['metre', 1], mph: ['mile per hour', 1], 'mile per hour': ['mile per hour', 1],
  'km/h': ['kilometre per hour', 1], kph: ['kilometre per hour', 1], 'kilometre per hour': ['kilometre per hour', 1],
  // power and energy: "14.5 gigawatts", "14,500 megawatts" and "14,500MW" are one figure
  w: ['watt', 1], watt: ['watt', 1], kw: ['watt', 1e3], kilowatt: ['watt', 1e3], mw: ['watt', 1e6], megawatt: ['watt', 1e6],
  gw: ['watt', 1e9], gigawatt: ['watt', 1e9], tw: ['watt', 1e12], terawatt: ['watt', 1e12],
  kwh: ['watt hour', 1e3], 'kilowatt hour': ['watt hour', 1e3], 'kilowatt-hour': ['watt hour', 1e3], mwh: ['watt hour', 1e6],
  'megawatt hour': ['watt hour', 1e6], 'megawatt-hour': ['watt hour', 1e6], gwh: ['watt hour', 1e9], 'gigawatt hour': ['watt hour', 1e9],
  'gigawatt-hour': ['watt hour', 1e9], twh: ['watt hour', 1e12], 'terawatt hour': ['watt hour', 1e12], 'terawatt-hour': ['watt hour', 1e12],
  litre: ['litre', 1], liter: ['litre', 1], l: ['litre', 1], ml: ['millilitre', 1], millilitre: ['millilitre', 1], milliliter: ['millilitre', 1],
});

/** The figure on its unit's common scale, or the figure itself when its unit has no other name. */
export function onCommonScale(f: Figure): Figure {
  const s = SCALE[f.unit];
  if (!s) return f;
  const [unit, factor] = s;
  if (unit === f.unit && factor === 1) return f;
  // a measure that only repeats the unit ("day") follows it; a stated measure ("delay") stays
  const measure = f.measure === f.unit ? unit : f.measure;
  return {
    ...f, unit, measure, value: f.value * factor, precision: f.precision * factor,
    ...(f.range ? { range: [f.range[0] * factor, f.range[1] * factor] as [number, number] } : {}),
  };
}
