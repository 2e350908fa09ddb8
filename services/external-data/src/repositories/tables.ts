/** The external-data database's tables (migrations.ts creates them on both engines). */
export interface StateDB {
  cache_entries: { key: string; value: string; expires_at: number };
  upstream_breakers: { name: string; failures: number; open_until: number };
  rate_limits: { key: string; window_start: number; count: number };
}
