// The disparity ratio per group of one protected attribute, as a horizontal bar chart in inline
// SVG (see docs/ui.md, "Why the bias chart is hand-written"): reference lines at 0.8, 1.0 and 1.25
// (the four-fifths rule), a flagged group hatched AND labelled "Onderscheid" (never colour alone).
// The table next to it is the text alternative; the figure's caption says so.
import type { Schemas } from '../../api/client';
import { decimal } from './labels';

type Group = Schemas['GroupRate'];

const ROW = 30;
const TOP = 34;
const LEFT = 150;
const RIGHT = 130;
const WIDTH = 640;
const REFERENCES = [0.8, 1, 1.25];

export function DisparityChart({ id, title, groups }: { id: string; title: string; groups: Group[] }) {
  const ratios = groups.map((g) => g.disparityRatio).filter((r): r is number => typeof r === 'number' && Number.isFinite(r));
  const max = Math.max(2, Math.ceil(Math.max(0, ...ratios) * 4) / 4);
  const plot = WIDTH - LEFT - RIGHT;
  const x = (ratio: number) => LEFT + (Math.min(ratio, max) / max) * plot;
  const height = TOP + groups.length * ROW + 10;
  const flagged = groups.filter((g) => g.flagged).map((g) => g.group);
  const summary =
    `Verhouding geselecteerd aandeel tot steekproefaandeel per groep voor ${title}. ` +
    (flagged.length > 0 ? `Onderscheid gevonden bij: ${flagged.join(', ')}.` : 'Bij geen enkele groep onderscheid gevonden.');
  return (
    <figure className="toeslagen-chart" id={id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={summary}
        className="toeslagen-chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id={id + '-arcering'} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="toeslagen-chart__flagged-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="toeslagen-chart__hatch" />
          </pattern>
        </defs>
        {REFERENCES.map((r) => (
          <g key={r}>
            <line
              x1={x(r)}
              x2={x(r)}
              y1={TOP - 8}
              y2={height - 6}
              className={r === 1 ? 'toeslagen-chart__ref toeslagen-chart__ref--one' : 'toeslagen-chart__ref'}
            />
            <text x={x(r)} y={TOP - 14} textAnchor="middle" className="toeslagen-chart__axis">
              {decimal(r, r === 1 ? 1 : 2)}
            </text>
          </g>
        ))}
        {groups.map((g, i) => {
          const y = TOP + i * ROW;
          const ratio = g.disparityRatio;
          const has = typeof ratio === 'number' && Number.isFinite(ratio);
          const end = has ? x(ratio) : LEFT;
          return (
            <g key={g.group ?? i} data-flagged={g.flagged}>
              <text x={LEFT - 8} y={y + ROW / 2 + 4} textAnchor="end" className="toeslagen-chart__label">
                {g.group}
              </text>
              {has && (
                <rect
                  x={LEFT}
                  y={y + 5}
                  width={Math.max(1, end - LEFT)}
                  height={ROW - 10}
                  className={g.flagged ? 'toeslagen-chart__bar toeslagen-chart__bar--flagged' : 'toeslagen-chart__bar'}
                  fill={g.flagged ? `url(#${id}-arcering)` : undefined}
                />
              )}
              <text x={end + 6} y={y + ROW / 2 + 4} className="toeslagen-chart__value">
                {has ? decimal(ratio) : 'niet in steekproef'}
                {g.flagged ? ' – Onderscheid' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="utrecht-paragraph">
        {title}: verhouding per groep (1,0 = even vaak geselecteerd als in de aselecte steekproef; onder 0,8 of boven
        1,25 valt buiten de vier-vijfdenregel). Een gearceerde balk met ‘Onderscheid’ is een groep waar onderscheid is
        gevonden. De cijfers staan in de tabel hierboven.
      </figcaption>
    </figure>
  );
}
