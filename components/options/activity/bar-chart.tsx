// A plain SVG bar chart with its figures as a table underneath: the chart is for the eye, the
// table for screen readers and for copying.

import type { Bucket } from '@/lib/people/activity';
import { t } from '@/lib/state/i18n';

export interface BarChartProps {
  id: string;
  title: string;
  buckets: readonly Bucket[];
  label(start: string): string;
}

const W = 320;
const H = 140;
const PAD = 18;

export function BarChart({ id, title, buckets, label }: BarChartProps) {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = (W - PAD) / Math.max(1, buckets.length);
  const every = Math.ceil(buckets.length / 7);
  return (
    <figure class="cmsk-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}><strong>{title}</strong> <span class="cmsk-muted">{t('activity.total', { total })}</span></figcaption>
      <svg viewBox={`0 0 ${W} ${H + PAD}`} role="img" aria-label={t('activity.chart', { title, total })}>
        <line class="cmsk-chart__axis" x1={PAD} x2={W} y1={H} y2={H} />
        <text class="cmsk-chart__label" x={0} y={10}>{max}</text>
        {buckets.map((b, i) => {
          const h = (b.count / max) * (H - 14);
          return (
            <g key={b.start}>
              <rect class="cmsk-chart__bar" x={PAD + i * slot + slot * 0.15} y={H - h} width={slot * 0.7} height={h}>
                <title>{`${label(b.start)}: ${b.count}`}</title>
              </rect>
              {i % every === 0 && <text class="cmsk-chart__label" x={PAD + i * slot} y={H + 12}>{label(b.start)}</text>}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('activity.table')}</summary>
        <table class="cmsk-activity__table" data-chart={id}>
          <caption class="cmsk-visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{t('activity.col.period')}</th><th scope="col">{t('activity.col.count')}</th></tr></thead>
          <tbody>{buckets.map((b) => <tr key={b.start}><th scope="row">{label(b.start)}</th><td>{b.count}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}

export function GroupTable({ id, title, groups }: { id: string; title: string; groups: ReadonlyArray<{ group: string; count: number }> }) {
  if (groups.length === 0) return null;
  return (
    <table class="cmsk-activity__table" data-groups={id}>
      <caption>{title}</caption>
      <thead><tr><th scope="col">{t('activity.col.group')}</th><th scope="col">{t('activity.col.count')}</th></tr></thead>
      <tbody>{groups.map((g) => <tr key={g.group}><th scope="row">{g.group}</th><td>{g.count}</td></tr>)}</tbody>
    </table>
  );
}
