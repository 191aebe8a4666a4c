import { useMemo, useState } from 'react';
import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled, useTheme } from 'styled-components';
import type { StatsDay } from '../../../shared/moderation-api';
import { useGetStatsQuery } from '../api';
import { errorMessage } from '../utils/errors';
import { OptionSelect } from '../components/OptionSelect';
import { useRuleName } from '../components/ruleNames';
import { useT } from '../utils/t';

const Panel = ({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} height="100%" data-testid={testId}>
    <Typography variant="delta" tag="h2">
      {title}
    </Typography>
    <Box paddingTop={4}>{children}</Box>
  </Box>
);

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 12px;
  height: 12px;
  border-radius: 3px;
  background: ${({ $color }) => $color};
`;
const Track = styled.div`
  height: 10px;
  border-radius: 5px;
  background: ${({ theme }) => theme.colors.neutral150};
  overflow: hidden;
`;
const Fill = styled.div<{ $share: number }>`
  height: 100%;
  width: ${({ $share }) => Math.max(0, Math.min(100, $share * 100))}%;
  background: ${({ theme }) => theme.colors.warning500};
`;

const SERIES = ['approved', 'flagged', 'rejected', 'pending'] as const;

/** Per-day chart: a grey bar of comments received, beside a stacked bar of where they stand. */
function DayChart({ days }: { days: StatsDay[] }) {
  const t = useT();
  const intl = useIntl();
  const theme: any = useTheme();
  const colors: Record<string, string> = {
    received: theme.colors.neutral300,
    approved: theme.colors.success500,
    flagged: theme.colors.warning500,
    rejected: theme.colors.danger500,
    pending: theme.colors.secondary500,
  };
  const width = 760;
  const height = 260;
  const left = 36;
  const bottom = 28;
  const top = 10;
  const max = Math.max(
    1,
    ...days.map((d) =>
      Math.max(
        d.received,
        SERIES.reduce((s, k) => s + (d[k] ?? 0), 0),
      ),
    ),
  );
  const niceMax = Math.max(4, Math.ceil(max / 4) * 4);
  const plotH = height - bottom - top;
  const slot = (width - left) / Math.max(1, days.length);
  const barW = Math.max(2, Math.min(14, slot / 2 - 2));
  const y = (v: number) => top + plotH - (v / niceMax) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(niceMax * f));
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <Box>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={t('stats.chartLabel')}
        data-testid="stats-chart"
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width} y1={y(v)} y2={y(v)} stroke={theme.colors.neutral150} />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill={theme.colors.neutral600}>
              {v}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = left + i * slot + slot / 2;
          let acc = 0;
          const label = `${d.day}: ${t('stats.totals', d as any)}`;
          return (
            <g key={d.day} data-day={d.day}>
              <title>{label}</title>
              <rect
                x={x - barW - 1}
                y={y(d.received)}
                width={barW}
                height={Math.max(0, y(0) - y(d.received))}
                fill={colors.received}
                rx="2"
              />
              {SERIES.map((k) => {
                const v = d[k] ?? 0;
                const y1 = y(acc + v);
                const h = y(acc) - y1;
                acc += v;
                return v > 0 ? (
                  <rect key={k} x={x + 1} y={y1} width={barW} height={h} fill={colors[k]} />
                ) : null;
              })}
              {i % labelEvery === 0 && (
                <text x={x} y={height - 8} textAnchor="middle" fontSize="11" fill={theme.colors.neutral600}>
                  {intl.formatDate(new Date(`${d.day}T00:00:00Z`), {
                    day: 'numeric',
                    month: 'short',
                    timeZone: 'UTC',
                  })}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Flex gap={4} wrap="wrap" paddingTop={2}>
        {(['received', ...SERIES] as const).map((k) => (
          <Flex key={k} gap={2}>
            <Swatch $color={colors[k]} />
            <Typography variant="pi" textColor="neutral700">
              {t(`stats.${k}`)}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
}

export function StatsPage() {
  const t = useT();
  const intl = useIntl();
  const ruleName = useRuleName();
  const [days, setDays] = useState(30);
  const { data, error: failure } = useGetStatsQuery(days);
  const error = failure ? errorMessage(failure) : null;

  const totals = useMemo(() => {
    const sum = { received: 0, approved: 0, flagged: 0, rejected: 0, pending: 0 };
    for (const d of data?.perDay ?? [])
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += d[k] ?? 0;
    return sum;
  }, [data]);

  if (error)
    return (
      <Typography textColor="danger600" role="alert">
        {error}
      </Typography>
    );
  if (!data) return <Loader>…</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="center">
        <Typography textColor="neutral600">{t('stats.subtitle', { days })}</Typography>
        <Box minWidth="16rem">
          <OptionSelect
            aria-label={t('stats.days')}
            value={days}
            options={[7, 30, 90]}
            optionLabel={(d) => t('stats.days.option', { days: d })}
            onChange={(d) => setDays(Number(d))}
          />
        </Box>
      </Flex>
      <Grid.Root gap={4}>
        {(['received', 'approved', 'flagged', 'rejected'] as const).map((k) => (
          <Grid.Item key={k} col={3} s={6} direction="column" alignItems="stretch">
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid={`total-${k}`}>
              <Typography variant="alpha" tag="p">
                {intl.formatNumber(totals[k])}
              </Typography>
              <Typography variant="sigma" textColor="neutral600">
                {t(`stats.${k}`)}
              </Typography>
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Panel title={t('stats.perDay')} testId="stats-per-day">
            <DayChart days={data.perDay} />
          </Panel>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Panel title={t('stats.byRule')} testId="stats-by-rule">
            {data.byRule.length === 0 && <Typography textColor="neutral600">{t('stats.noRules')}</Typography>}
            <Flex direction="column" alignItems="stretch" gap={4} tag="ul">
              {[...data.byRule]
                .sort((a, b) => b.count - a.count)
                .map((r) => (
                  <Box key={r.rule} tag="li" data-rule={r.rule}>
                    <Flex justifyContent="space-between" paddingBottom={1}>
                      <Typography fontWeight="semiBold">{ruleName(r.rule)}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {t('stats.ruleRow', {
                          count: r.count,
                          share: intl.formatNumber(r.share, { style: 'percent', maximumFractionDigits: 0 }),
                        })}
                      </Typography>
                    </Flex>
                    <Track>
                      <Fill $share={r.share} />
                    </Track>
                  </Box>
                ))}
            </Flex>
          </Panel>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
}
